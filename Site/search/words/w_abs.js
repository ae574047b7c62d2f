BRIEFINGS_SEARCH_WORDS("abs",{
"absence":"3x,3w,8,8",
"abstenant":"81",
"abstention":"5r,2a;5r",
"abstenue":"3x",
"abstient":"s,2c,4x;81"
});
