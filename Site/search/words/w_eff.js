BRIEFINGS_SEARCH_WORDS("eff",{
"effect":"3d,47;3d",
"effectuait":"3o,40",
"effet":"3b",
"effort":"6n,n",
"efforts":"2,3m,40"
});
