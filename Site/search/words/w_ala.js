BRIEFINGS_SEARCH_WORDS("ala",{
"alarmed":"5q,20",
"alarming":"4b,3l"
});
