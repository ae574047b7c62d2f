BRIEFINGS_SEARCH_WORDS("she",{
"she":"7e",
"sheer":"5p,1p;5p",
"sheikhoun":"1",
"shelled":"5n,1n",
"shelling":"4i,2z;4i",
"sheltering":"7e"
});
