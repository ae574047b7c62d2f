BRIEFINGS_SEARCH_WORDS("ign",{
"ignore":"3i,48;3i"
});
