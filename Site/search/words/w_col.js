BRIEFINGS_SEARCH_WORDS("col",{
"cold":"5g,6,1s",
"colere":"2,19",
"colombo":"3i,1,1,4,40",
"coloniale":"1m",
"colville":"2l,34,1p;2l,34"
});
