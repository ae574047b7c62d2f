BRIEFINGS_SEARCH_WORDS("voy",{
"voyons":"4a,3l"
});
