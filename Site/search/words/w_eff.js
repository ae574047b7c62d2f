BRIEFINGS_SEARCH_WORDS("eff",{
"effect":"3d,4k;3d",
"effectuait":"3o,4d",
"effet":"3a",
"effort":"6z,o",
"efforts":"2,3m,4d"
});
