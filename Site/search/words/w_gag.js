BRIEFINGS_SEARCH_WORDS("gag",{
"gagner":"2i,f,36,16,3"
});
