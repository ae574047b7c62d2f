BRIEFINGS_SEARCH_WORDS("viv",{
"vive":"3t,47;3t",
"vivent":"1"
});
