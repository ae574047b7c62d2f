BRIEFINGS_SEARCH_WORDS("cea",{
"ceasefire":"40,4,m,2c,4,8,4,2,2;72,c,4"
});
