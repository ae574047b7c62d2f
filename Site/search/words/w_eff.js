BRIEFINGS_SEARCH_WORDS("eff",{
"effect":"3d,4i;3d",
"effectuait":"3o,4b",
"effet":"3a",
"effort":"6y,n",
"efforts":"2,3m,4b"
});
