BRIEFINGS_SEARCH_WORDS("peu",{
"peu":"43,3v;43",
"peut":"21,17;38",
"peuvent":"2m"
});
