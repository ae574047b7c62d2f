BRIEFINGS_SEARCH_WORDS("dit",{
"dit":"0,13,25,2o,a,11,4,1;5w,a",
"dite":"3s,3u"
});
