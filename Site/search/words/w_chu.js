BRIEFINGS_SEARCH_WORDS("chu",{
"chute":"7i",
"chuter":"28"
});
