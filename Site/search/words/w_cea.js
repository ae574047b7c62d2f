BRIEFINGS_SEARCH_WORDS("cea",{
"ceasefire":"3z,4,m,2f,4,8,4,2,2;74,c,4"
});
