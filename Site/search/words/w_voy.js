BRIEFINGS_SEARCH_WORDS("voy",{
"voyons":"46,3e"
});
