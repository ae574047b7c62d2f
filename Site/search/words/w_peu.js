BRIEFINGS_SEARCH_WORDS("peu",{
"peu":"42,3t;42",
"peut":"21,17;38",
"peuvent":"2m"
});
