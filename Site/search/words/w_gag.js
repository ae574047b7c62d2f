BRIEFINGS_SEARCH_WORDS("gag",{
"gagner":"2j,f,38,13,3"
});
