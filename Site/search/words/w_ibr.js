BRIEFINGS_SEARCH_WORDS("ibr",{
"ibrahim":"1k;1k"
});
