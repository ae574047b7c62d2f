BRIEFINGS_SEARCH_WORDS("dit",{
"dit":"0,13,24,2v,d,14,4,1;62,d",
"dite":"3s,46"
});
