BRIEFINGS_SEARCH_WORDS("cea",{
"ceasefire":"3w,9,4,e,8,2k,4,8,4,2,2;7f,c,4"
});
