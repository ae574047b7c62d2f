BRIEFINGS_SEARCH_WORDS("abs",{
"absence":"3a,4b,8,8",
"abstenant":"7t",
"abstention":"5b,2i;5b",
"abstenue":"3a",
"abstient":"s,2b,4q;7t"
});
