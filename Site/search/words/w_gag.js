BRIEFINGS_SEARCH_WORDS("gag",{
"gagner":"2i,f,3g,16,3"
});
