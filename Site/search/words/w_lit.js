BRIEFINGS_SEARCH_WORDS("lit",{
"lit":"2o",
"little":"3c,4a;3c"
});
