BRIEFINGS_SEARCH_WORDS("she",{
"she":"7q",
"sheer":"5t,1x;5t",
"sheikhoun":"1",
"shelled":"5r,1v",
"shelling":"4l,38;4l",
"sheltering":"7q"
});
