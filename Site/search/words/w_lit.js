BRIEFINGS_SEARCH_WORDS("lit",{
"lit":"2o",
"little":"3d,4h;3d"
});
