BRIEFINGS_SEARCH_WORDS("whe",{
"when":"50,2n,6;50",
"where":"3q,3x,b"
});
