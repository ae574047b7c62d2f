BRIEFINGS_SEARCH_WORDS("wea",{
"weapons":"3v,4,28,1e,8,4;67",
"weather":"52,2q"
});
