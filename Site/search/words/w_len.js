BRIEFINGS_SEARCH_WORDS("len",{
"lenarcic":"0,1o,2x,2o,5;1o,2x",
"lendemain":"3e,42,8;3e"
});
