BRIEFINGS_SEARCH_WORDS("eff",{
"effect":"3c,48;3c",
"effectuait":"3n,41",
"effet":"3a",
"effort":"6n,n",
"efforts":"2,3l,41"
});
