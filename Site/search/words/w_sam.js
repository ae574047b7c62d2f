BRIEFINGS_SEARCH_WORDS("sam",{
"same":"5q,1u",
"samedi":"40,3t,2,2"
});
