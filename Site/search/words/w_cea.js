BRIEFINGS_SEARCH_WORDS("cea",{
"ceasefire":"3z,4,k,2f,4,8,4,2,2;72,c,4"
});
