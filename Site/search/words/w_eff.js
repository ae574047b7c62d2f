BRIEFINGS_SEARCH_WORDS("eff",{
"effect":"3c,47;3c",
"effectuait":"3n,40",
"effet":"3a",
"effort":"6m,n",
"efforts":"2,3l,40"
});
