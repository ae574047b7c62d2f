BRIEFINGS_SEARCH_WORDS("voy",{
"voyons":"45,3f"
});
