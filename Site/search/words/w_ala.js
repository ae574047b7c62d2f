BRIEFINGS_SEARCH_WORDS("ala",{
"alarmed":"67,1s;67",
"alarming":"4t,3c"
});
