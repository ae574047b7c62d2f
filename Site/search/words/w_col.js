BRIEFINGS_SEARCH_WORDS("col",{
"cold":"5f,6,1s",
"colere":"2,19",
"colombo":"3h,1,1,4,40",
"coloniale":"1m",
"colville":"2k,34,1p;2k,34"
});
