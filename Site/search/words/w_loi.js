BRIEFINGS_SEARCH_WORDS("loi",{
"loin":"39,24,21"
});
