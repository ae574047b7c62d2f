BRIEFINGS_SEARCH_WORDS("sti",{
"still":"3v,2b,1e,8;66"
});
