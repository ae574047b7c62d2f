BRIEFINGS_SEARCH_WORDS("bef",{
"before":"3z,3a,c"
});
