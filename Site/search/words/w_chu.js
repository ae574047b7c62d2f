BRIEFINGS_SEARCH_WORDS("chu",{
"chute":"81",
"chuter":"29"
});
