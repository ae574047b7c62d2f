BRIEFINGS_SEARCH_WORDS("bef",{
"before":"3y,3b,c"
});
