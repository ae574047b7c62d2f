BRIEFINGS_SEARCH_WORDS("chu",{
"chute":"7g",
"chuter":"29"
});
