BRIEFINGS_SEARCH_WORDS("wea",{
"weapons":"3v,7,26,1f,8,4;68",
"weather":"52,2s"
});
