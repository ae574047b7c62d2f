BRIEFINGS_SEARCH_WORDS("col",{
"cold":"5d,5,1w",
"colere":"2,19",
"colombo":"3h,1,5,41",
"coloniale":"1m",
"colville":"2k,31,1t;2k,31"
});
