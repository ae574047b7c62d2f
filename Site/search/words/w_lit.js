BRIEFINGS_SEARCH_WORDS("lit",{
"lit":"2o",
"little":"3c,47;3c"
});
