BRIEFINGS_SEARCH_WORDS("ign",{
"ignore":"3j,45;3j"
});
