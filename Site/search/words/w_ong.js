BRIEFINGS_SEARCH_WORDS("ong",{
"ong":"22,b,3l,1k,5;5y"
});
