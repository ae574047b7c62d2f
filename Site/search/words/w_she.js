BRIEFINGS_SEARCH_WORDS("she",{
"she":"7p",
"sheer":"5t,1w;5t",
"sheikhoun":"1",
"shelled":"5r,1u",
"shelling":"4l,37;4l",
"sheltering":"7p"
});
