BRIEFINGS_SEARCH_WORDS("sub",{
"subie":"65,17"
});
