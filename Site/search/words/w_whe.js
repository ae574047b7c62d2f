BRIEFINGS_SEARCH_WORDS("whe",{
"when":"4u,2j,6;4u",
"where":"3p,3o,b"
});
