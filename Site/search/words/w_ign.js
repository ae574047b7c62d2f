BRIEFINGS_SEARCH_WORDS("ign",{
"ignore":"3j,44;3j"
});
