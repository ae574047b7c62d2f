BRIEFINGS_SEARCH_WORDS("cho",{
"choigou":"2o,q,49;2o",
"choisi":"39",
"choughour":"1,37"
});
