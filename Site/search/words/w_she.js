BRIEFINGS_SEARCH_WORDS("she",{
"she":"7o",
"sheer":"5s,1w;5s",
"sheikhoun":"1",
"shelled":"5q,1u",
"shelling":"4k,37;4k",
"sheltering":"7o"
});
