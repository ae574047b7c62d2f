BRIEFINGS_SEARCH_WORDS("tie",{
"tiennent":"25,a",
"tient":"q,2"
});
