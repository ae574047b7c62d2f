BRIEFINGS_SEARCH_WORDS("typ",{
"type":"51,2f"
});
