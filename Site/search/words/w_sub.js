BRIEFINGS_SEARCH_WORDS("sub",{
"subie":"6e,1b"
});
