BRIEFINGS_SEARCH_WORDS("abs",{
"absence":"3a,4a,8,8",
"abstenant":"7s",
"abstention":"5b,2h;5b",
"abstenue":"3a",
"abstient":"s,2b,4p;7s"
});
