BRIEFINGS_SEARCH_WORDS("she",{
"she":"7e",
"sheer":"5l,1t;5l",
"sheikhoun":"1",
"shelled":"5j,1r",
"shelling":"4f,32;4f",
"sheltering":"7e"
});
