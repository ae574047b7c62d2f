BRIEFINGS_SEARCH_WORDS("dit",{
"dit":"0,13,2r,2o,a,11,4,1;6i,a",
"dite":"4e,3u"
});
