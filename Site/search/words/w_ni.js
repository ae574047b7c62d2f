BRIEFINGS_SEARCH_WORDS("ni",{
"ni":"15,23,3,3w"
});
