BRIEFINGS_SEARCH_WORDS("cea",{
"ceasefire":"3w,8,4,e,8,2i,4,8,4,2,2;7c,c,4"
});
