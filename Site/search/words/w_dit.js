BRIEFINGS_SEARCH_WORDS("dit",{
"dit":"0,13,24,2p,a,11,4,1;5w,a",
"dite":"3r,3v"
});
