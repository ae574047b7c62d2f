BRIEFINGS_SEARCH_WORDS("cie",{
"ciel":"7t"
});
