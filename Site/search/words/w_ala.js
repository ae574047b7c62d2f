BRIEFINGS_SEARCH_WORDS("ala",{
"alarmed":"5i,1w;5i",
"alarming":"46,3e"
});
