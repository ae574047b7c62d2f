BRIEFINGS_SEARCH_WORDS("ong",{
"ong":"22,b,3g,1e,5;5t"
});
