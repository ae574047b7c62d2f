BRIEFINGS_SEARCH_WORDS("cea",{
"ceasefire":"40,4,l,2c,4,8,4,2,2;71,c,4"
});
