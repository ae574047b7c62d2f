BRIEFINGS_SEARCH_WORDS("abd",{
"abdel":"3,2b,5r,3;3",
"abdelmadjid":"9"
});
