BRIEFINGS_SEARCH_WORDS("loi",{
"loin":"39,25,21"
});
