BRIEFINGS_SEARCH_WORDS("six",{
"six":"37,1,3o,1,3,6,2,1,1,3;70"
});
