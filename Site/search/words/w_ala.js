BRIEFINGS_SEARCH_WORDS("ala",{
"alarmed":"5q,1z;5q",
"alarming":"4b,3k"
});
