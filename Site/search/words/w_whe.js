BRIEFINGS_SEARCH_WORDS("whe",{
"when":"50,2o,6;50",
"where":"3q,3y,b"
});
