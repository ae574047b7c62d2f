BRIEFINGS_SEARCH_WORDS("col",{
"cold":"5l,5,21",
"colere":"2,19",
"colombo":"3i,1,5,4d",
"coloniale":"1m",
"colville":"2k,39,1y;2k,39"
});
