BRIEFINGS_SEARCH_WORDS("dit",{
"dit":"0,13,24,2u,d,14,4,1;61,d",
"dite":"3s,45"
});
