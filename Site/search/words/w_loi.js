BRIEFINGS_SEARCH_WORDS("loi",{
"loin":"38,23,24"
});
