BRIEFINGS_SEARCH_WORDS("ori",{
"orientale":"39,q,1k,5,24,6",
"originaire":"13",
"origine":"3a"
});
