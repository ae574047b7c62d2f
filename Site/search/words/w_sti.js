BRIEFINGS_SEARCH_WORDS("sti",{
"still":"3v,2c,1e,8;67"
});
