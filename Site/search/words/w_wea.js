BRIEFINGS_SEARCH_WORDS("wea",{
"weapons":"3v,6,25,1e,8,4;66",
"weather":"51,2q"
});
