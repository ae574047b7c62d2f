BRIEFINGS_SEARCH_WORDS("voy",{
"voyons":"4s,3e"
});
