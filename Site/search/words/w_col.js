BRIEFINGS_SEARCH_WORDS("col",{
"cold":"5f,6,1s",
"colere":"2,19",
"colombo":"3i,1,1,4,3z",
"coloniale":"1m",
"colville":"2l,33,1p;2l,33"
});
