BRIEFINGS_SEARCH_WORDS("ori",{
"orientale":"3k,1,b,23,6,1v,6",
"originaire":"13",
"origine":"3x"
});
