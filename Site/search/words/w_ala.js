BRIEFINGS_SEARCH_WORDS("ala",{
"alarmed":"5l,1s;5l",
"alarming":"47,3c"
});
