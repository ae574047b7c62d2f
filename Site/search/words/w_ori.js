BRIEFINGS_SEARCH_WORDS("ori",{
"orientale":"39,24,6,1v,6",
"originaire":"13",
"origine":"3a"
});
