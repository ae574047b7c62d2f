BRIEFINGS_SEARCH_WORDS("gag",{
"gagner":"2i,f,3i,17,3"
});
