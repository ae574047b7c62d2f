BRIEFINGS_SEARCH_WORDS("sub",{
"subie":"6d,1a"
});
