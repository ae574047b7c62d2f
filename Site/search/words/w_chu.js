BRIEFINGS_SEARCH_WORDS("chu",{
"chute":"7t",
"chuter":"28"
});
