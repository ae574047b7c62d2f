BRIEFINGS_SEARCH_WORDS("typ",{
"type":"50,2f"
});
