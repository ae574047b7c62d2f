BRIEFINGS_SEARCH_WORDS("ni",{
"ni":"15,22,3,3x"
});
