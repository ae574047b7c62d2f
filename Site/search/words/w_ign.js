BRIEFINGS_SEARCH_WORDS("ign",{
"ignore":"3j,4i;3j"
});
