BRIEFINGS_SEARCH_WORDS("bef",{
"before":"44,3j,c"
});
