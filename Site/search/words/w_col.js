BRIEFINGS_SEARCH_WORDS("col",{
"cold":"5l,5,20",
"colere":"2,19",
"colombo":"3i,1,5,4c",
"coloniale":"1m",
"colville":"2k,39,1x;2k,39"
});
