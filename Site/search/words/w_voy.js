BRIEFINGS_SEARCH_WORDS("voy",{
"voyons":"48,3o"
});
