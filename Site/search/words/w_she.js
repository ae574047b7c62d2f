BRIEFINGS_SEARCH_WORDS("she",{
"she":"7g",
"sheer":"5o,1s;5o",
"sheikhoun":"1",
"shelled":"5m,1q",
"shelling":"4h,32;4h",
"sheltering":"7g"
});
