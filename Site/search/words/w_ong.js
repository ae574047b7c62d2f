BRIEFINGS_SEARCH_WORDS("ong",{
"ong":"23,b,3f,1e,5;5t"
});
