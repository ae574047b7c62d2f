BRIEFINGS_SEARCH_WORDS("eff",{
"effect":"3c,4a;3c",
"effectuait":"3n,43",
"effet":"3a",
"effort":"6p,n",
"efforts":"2,3l,43"
});
