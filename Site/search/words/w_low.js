BRIEFINGS_SEARCH_WORDS("low",{
"lowcock":"21,9,r,1a,19,1,23,6;21,2a,19"
});
