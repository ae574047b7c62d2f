BRIEFINGS_SEARCH_WORDS("tie",{
"tiennent":"24,a",
"tient":"q,2"
});
