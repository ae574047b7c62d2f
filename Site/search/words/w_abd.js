BRIEFINGS_SEARCH_WORDS("abd",{
"abdel":"3,2a,57,3;3",
"abdelmadjid":"9"
});
