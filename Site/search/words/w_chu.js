BRIEFINGS_SEARCH_WORDS("chu",{
"chute":"7r",
"chuter":"28"
});
