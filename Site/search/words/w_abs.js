BRIEFINGS_SEARCH_WORDS("abs",{
"absence":"3b,3x,8,8",
"abstenant":"7g",
"abstention":"56,2a;56",
"abstenue":"3b",
"abstient":"s,2c,4c;7g"
});
