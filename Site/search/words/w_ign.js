BRIEFINGS_SEARCH_WORDS("ign",{
"ignore":"3i,45;3i"
});
