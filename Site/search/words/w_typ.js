BRIEFINGS_SEARCH_WORDS("typ",{
"type":"5m,2f"
});
