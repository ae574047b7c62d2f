BRIEFINGS_SEARCH_WORDS("ni",{
"ni":"15,2p,3,3w"
});
