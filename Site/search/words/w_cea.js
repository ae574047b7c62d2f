BRIEFINGS_SEARCH_WORDS("cea",{
"ceasefire":"3z,4,m,2c,4,8,4,2,2;71,c,4"
});
