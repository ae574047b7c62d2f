BRIEFINGS_SEARCH_WORDS("ign",{
"ignore":"3i,46;3i"
});
