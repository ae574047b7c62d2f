BRIEFINGS_SEARCH_WORDS("whe",{
"when":"4z,2m,6;4z",
"where":"3q,3v,b"
});
