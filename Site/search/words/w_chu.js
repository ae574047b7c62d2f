BRIEFINGS_SEARCH_WORDS("chu",{
"chute":"7s",
"chuter":"28"
});
