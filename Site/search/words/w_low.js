BRIEFINGS_SEARCH_WORDS("low",{
"lowcock":"21,9,r,1b,19,1,25,6;21,2b,19"
});
