BRIEFINGS_SEARCH_WORDS("cea",{
"ceasefire":"3w,6,4,h,8,2j,4,8,4,2,2;7e,c,4"
});
