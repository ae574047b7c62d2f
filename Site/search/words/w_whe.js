BRIEFINGS_SEARCH_WORDS("whe",{
"when":"4u,2g,6;4u",
"where":"3q,3k,b"
});
