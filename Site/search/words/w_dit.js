BRIEFINGS_SEARCH_WORDS("dit",{
"dit":"0,13,25,2p,a,11,4,1;5x,a",
"dite":"3s,3v"
});
