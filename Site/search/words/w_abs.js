BRIEFINGS_SEARCH_WORDS("abs",{
"absence":"3a,40,8,8",
"abstenant":"7i",
"abstention":"55,2d;55",
"abstenue":"3a",
"abstient":"s,2b,4f;7i"
});
