BRIEFINGS_SEARCH_WORDS("low",{
"lowcock":"21,9,r,15,19,1,1x,6;21,3e"
});
