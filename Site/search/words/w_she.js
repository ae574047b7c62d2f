BRIEFINGS_SEARCH_WORDS("she",{
"she":"7d",
"sheer":"5o,1p;5o",
"sheikhoun":"1",
"shelled":"5m,1n",
"shelling":"4i,2y;4i",
"sheltering":"7d"
});
