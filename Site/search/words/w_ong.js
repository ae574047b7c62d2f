BRIEFINGS_SEARCH_WORDS("ong",{
"ong":"22,b,3m,1m,5;5z"
});
