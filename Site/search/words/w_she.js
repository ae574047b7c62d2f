BRIEFINGS_SEARCH_WORDS("she",{
"she":"7q",
"sheer":"5t,1x",
"sheikhoun":"1",
"shelled":"5r,1v",
"shelling":"4l,38",
"sheltering":"7q"
});
