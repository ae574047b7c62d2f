BRIEFINGS_SEARCH_WORDS("eff",{
"effect":"3d,4h;3d",
"effectuait":"3o,4a",
"effet":"3a",
"effort":"6x,n",
"efforts":"2,3m,4a"
});
