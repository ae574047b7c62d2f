BRIEFINGS_SEARCH_WORDS("cho",{
"choigou":"2o,1c,49;2o",
"choisi":"3v",
"choughour":"1,3t"
});
