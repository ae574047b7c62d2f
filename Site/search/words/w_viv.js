BRIEFINGS_SEARCH_WORDS("viv",{
"vive":"3s,3x;3s",
"vivent":"1"
});
