BRIEFINGS_SEARCH_WORDS("abs",{
"absence":"3b,3w,8,8",
"abstenant":"7f",
"abstention":"55,2a;55",
"abstenue":"3b",
"abstient":"s,2c,4b;7f"
});
