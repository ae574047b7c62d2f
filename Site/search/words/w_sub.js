BRIEFINGS_SEARCH_WORDS("sub",{
"subie":"6q,17"
});
