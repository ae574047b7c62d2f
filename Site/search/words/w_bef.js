BRIEFINGS_SEARCH_WORDS("bef",{
"before":"41,3k,c"
});
