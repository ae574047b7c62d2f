BRIEFINGS_SEARCH_WORDS("col",{
"cold":"5k,5,1z",
"colere":"2,19",
"colombo":"3i,1,5,4a",
"coloniale":"1m",
"colville":"2k,38,1w;2k,38"
});
