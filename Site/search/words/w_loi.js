BRIEFINGS_SEARCH_WORDS("loi",{
"loin":"38,2a,27"
});
