BRIEFINGS_SEARCH_WORDS("atl",{
"atlantic":"2f",
"atlantique":"1q,p"
});
