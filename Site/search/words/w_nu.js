BRIEFINGS_SEARCH_WORDS("nu",{
"nu":"1,39"
});
