BRIEFINGS_SEARCH_WORDS("peu",{
"peu":"40,3w;40",
"peut":"21,17;38",
"peuvent":"2m"
});
