BRIEFINGS_SEARCH_WORDS("ala",{
"alarmed":"5l,1v;5l",
"alarming":"46,3g"
});
