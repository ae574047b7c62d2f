BRIEFINGS_SEARCH_WORDS("voy",{
"voyons":"4b,3n"
});
