BRIEFINGS_SEARCH_WORDS("abd",{
"abdel":"3,2a,59,3;3",
"abdelmadjid":"9"
});
