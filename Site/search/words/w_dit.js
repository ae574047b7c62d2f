BRIEFINGS_SEARCH_WORDS("dit",{
"dit":"0,13,24,2v,e,15,4,1;62,e",
"dite":"3s,48"
});
