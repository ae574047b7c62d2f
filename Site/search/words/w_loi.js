BRIEFINGS_SEARCH_WORDS("loi",{
"loin":"38,25,21"
});
