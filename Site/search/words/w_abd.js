BRIEFINGS_SEARCH_WORDS("abd",{
"abdel":"3,2a,56,3;3",
"abdelmadjid":"9"
});
