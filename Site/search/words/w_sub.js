BRIEFINGS_SEARCH_WORDS("sub",{
"subie":"6c,1a"
});
