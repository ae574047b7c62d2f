BRIEFINGS_SEARCH_WORDS("cea",{
"ceasefire":"3w,6,4,h,8,2i,4,8,4,2,2;7d,c,4"
});
