BRIEFINGS_SEARCH_WORDS("loi",{
"loin":"38,2b,29"
});
