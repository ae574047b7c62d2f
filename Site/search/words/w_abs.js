BRIEFINGS_SEARCH_WORDS("abs",{
"absence":"3a,3y,8,8",
"abstenant":"7g",
"abstention":"53,2d;53",
"abstenue":"3a",
"abstient":"s,2b,4d;7g"
});
