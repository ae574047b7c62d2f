BRIEFINGS_SEARCH_WORDS("ong",{
"ong":"22,b,3e,1h,5;5r"
});
