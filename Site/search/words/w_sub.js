BRIEFINGS_SEARCH_WORDS("sub",{
"subie":"64,17"
});
