BRIEFINGS_SEARCH_WORDS("ala",{
"alarmed":"5q,20;5q",
"alarming":"4b,3l"
});
