BRIEFINGS_SEARCH_WORDS("she",{
"she":"7d",
"sheer":"5o,1p;5o",
"sheikhoun":"1",
"shelled":"5m,1n",
"shelling":"4h,2z;4h",
"sheltering":"7d"
});
