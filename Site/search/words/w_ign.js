BRIEFINGS_SEARCH_WORDS("ign",{
"ignore":"3j,4g;3j"
});
