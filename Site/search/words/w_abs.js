BRIEFINGS_SEARCH_WORDS("abs",{
"absence":"3a,48,8,8",
"abstenant":"7q",
"abstention":"5a,2g;5a",
"abstenue":"3a",
"abstient":"s,2b,4n;7q"
});
