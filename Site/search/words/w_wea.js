BRIEFINGS_SEARCH_WORDS("wea",{
"weapons":"3x,3d,8,4",
"weather":"4x,2k"
});
