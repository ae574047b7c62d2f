BRIEFINGS_SEARCH_WORDS("typ",{
"type":"56,2n"
});
