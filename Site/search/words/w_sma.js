BRIEFINGS_SEARCH_WORDS("sma",{
"small":"4l,1g,1y,8;4l"
});
