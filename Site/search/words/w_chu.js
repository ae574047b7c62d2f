BRIEFINGS_SEARCH_WORDS("chu",{
"chute":"7f",
"chuter":"29"
});
