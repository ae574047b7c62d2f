BRIEFINGS_SEARCH_WORDS("sub",{
"subie":"62,1a"
});
