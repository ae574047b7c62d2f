BRIEFINGS_SEARCH_WORDS("gag",{
"gagner":"2j,f,37,13,3"
});
