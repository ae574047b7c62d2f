BRIEFINGS_SEARCH_WORDS("ign",{
"ignore":"3j,4f;3j"
});
