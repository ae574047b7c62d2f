BRIEFINGS_SEARCH_WORDS("wea",{
"weapons":"3x,3c,8,4",
"weather":"4w,2k"
});
