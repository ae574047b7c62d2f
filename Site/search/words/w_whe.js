BRIEFINGS_SEARCH_WORDS("whe",{
"when":"4s,2j,6;4s",
"where":"3p,3m,b"
});
