BRIEFINGS_SEARCH_WORDS("viv",{
"vive":"3t,3u;3t",
"vivent":"1"
});
