BRIEFINGS_SEARCH_WORDS("peu",{
"peu":"3x,3n;3x",
"peut":"21,17;38",
"peuvent":"2m"
});
