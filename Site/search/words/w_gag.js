BRIEFINGS_SEARCH_WORDS("gag",{
"gagner":"2i,f,38,13,3"
});
