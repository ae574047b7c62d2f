BRIEFINGS_SEARCH_WORDS("she",{
"she":"7r",
"sheer":"5t,1y;5t",
"sheikhoun":"1",
"shelled":"5r,1w",
"shelling":"4l,39;4l",
"sheltering":"7r"
});
