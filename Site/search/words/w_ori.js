BRIEFINGS_SEARCH_WORDS("ori",{
"orientale":"39,p,1k,5,22,6",
"originaire":"13",
"origine":"3a"
});
