BRIEFINGS_SEARCH_WORDS("ign",{
"ignore":"45,44;45"
});
