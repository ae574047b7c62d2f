BRIEFINGS_SEARCH_WORDS("eff",{
"effect":"3d,4j;3d",
"effectuait":"3o,4c",
"effet":"3a",
"effort":"6y,o",
"efforts":"2,3m,4c"
});
