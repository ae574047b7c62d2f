BRIEFINGS_SEARCH_WORDS("col",{
"cold":"61,6,1s",
"colere":"2,19",
"colombo":"3t,b,1,1,4,3z;3t",
"coloniale":"1m",
"colville":"2l,3p,1p;2l,3p"
});
