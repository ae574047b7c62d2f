BRIEFINGS_SEARCH_WORDS("ign",{
"ignore":"3j,4h;3j"
});
