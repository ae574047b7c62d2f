BRIEFINGS_SEARCH_WORDS("ala",{
"alarmed":"5q,21;5q",
"alarming":"4c,3l"
});
