BRIEFINGS_SEARCH_WORDS("wea",{
"weapons":"3w,3d,8,4",
"weather":"4w,2k"
});
