BRIEFINGS_SEARCH_WORDS("abs",{
"absence":"3a,3x,8,8",
"abstenant":"7f",
"abstention":"55,2a;55",
"abstenue":"3a",
"abstient":"s,2b,4c;7f"
});
