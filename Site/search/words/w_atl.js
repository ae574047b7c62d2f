BRIEFINGS_SEARCH_WORDS("atl",{
"atlantic":"2e",
"atlantique":"1q,o"
});
