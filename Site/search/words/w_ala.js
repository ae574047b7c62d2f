BRIEFINGS_SEARCH_WORDS("ala",{
"alarmed":"5m,1s;5m",
"alarming":"47,3d"
});
