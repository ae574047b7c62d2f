BRIEFINGS_SEARCH_WORDS("viv",{
"vive":"3s,3v;3s",
"vivent":"1"
});
