BRIEFINGS_SEARCH_WORDS("wea",{
"weapons":"4j,3c,8,4",
"weather":"5i,2k"
});
