BRIEFINGS_SEARCH_WORDS("bef",{
"before":"4l,3a,c"
});
