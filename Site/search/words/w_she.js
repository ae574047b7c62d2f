BRIEFINGS_SEARCH_WORDS("she",{
"she":"7z",
"sheer":"6a,1p;6a",
"sheikhoun":"1",
"shelled":"68,1n",
"shelling":"54,2y;54",
"sheltering":"7z"
});
