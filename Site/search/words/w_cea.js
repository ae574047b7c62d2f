BRIEFINGS_SEARCH_WORDS("cea",{
"ceasefire":"4m,4,l,2c,4,8,4,2,2;7n,c,4"
});
