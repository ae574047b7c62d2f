BRIEFINGS_SEARCH_WORDS("whe",{
"when":"5g,2g,6;5g",
"where":"4c,3k,b"
});
