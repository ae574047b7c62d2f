BRIEFINGS_SEARCH_WORDS("lit",{
"lit":"2o",
"little":"3d,4k;3d"
});
