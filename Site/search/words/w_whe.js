BRIEFINGS_SEARCH_WORDS("whe",{
"when":"4v,2g,6;4v",
"where":"3q,3l,b"
});
