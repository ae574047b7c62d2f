BRIEFINGS_SEARCH_WORDS("whe",{
"when":"50,2m,6;50",
"where":"3q,3w,b"
});
