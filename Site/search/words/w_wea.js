BRIEFINGS_SEARCH_WORDS("wea",{
"weapons":"3v,4,28,1f,8,4;67",
"weather":"52,2r"
});
