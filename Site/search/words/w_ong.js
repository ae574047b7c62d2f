BRIEFINGS_SEARCH_WORDS("ong",{
"ong":"22,b,3g,1h,5;5t"
});
