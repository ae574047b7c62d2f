BRIEFINGS_SEARCH_WORDS("loi",{
"loin":"3v,24,21"
});
