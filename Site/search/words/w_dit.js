BRIEFINGS_SEARCH_WORDS("dit",{
"dit":"0,13,24,2n,a,14,4,1;5u,a",
"dite":"3r,3w"
});
