BRIEFINGS_SEARCH_WORDS("aqi",{
"aqila":"5"
});
