BRIEFINGS_SEARCH_WORDS("ori",{
"orientale":"39,22,5,1z,6",
"originaire":"13",
"origine":"3a"
});
