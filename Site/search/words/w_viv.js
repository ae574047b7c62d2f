BRIEFINGS_SEARCH_WORDS("viv",{
"vive":"3s,3u;3s",
"vivent":"1"
});
