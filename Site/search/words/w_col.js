BRIEFINGS_SEARCH_WORDS("col",{
"cold":"5l,5,1z",
"colere":"2,19",
"colombo":"3i,1,5,4b",
"coloniale":"1m",
"colville":"2k,39,1w;2k,39"
});
