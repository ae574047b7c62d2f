BRIEFINGS_SEARCH_WORDS("eff",{
"effect":"3d,46;3d",
"effectuait":"3o,3z",
"effet":"3b",
"effort":"6l,o",
"efforts":"2,3m,3z"
});
