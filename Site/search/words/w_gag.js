BRIEFINGS_SEARCH_WORDS("gag",{
"gagner":"2j,f,3t,13,3"
});
