BRIEFINGS_SEARCH_WORDS("abs",{
"absence":"3a,49,8,8",
"abstenant":"7r",
"abstention":"5b,2g;5b",
"abstenue":"3a",
"abstient":"s,2b,4o;7r"
});
