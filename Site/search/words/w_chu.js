BRIEFINGS_SEARCH_WORDS("chu",{
"chute":"7q",
"chuter":"28"
});
