BRIEFINGS_SEARCH_WORDS("ala",{
"alarmed":"5p,1z;5p",
"alarming":"4b,3j"
});
