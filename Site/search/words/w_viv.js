BRIEFINGS_SEARCH_WORDS("viv",{
"vive":"3t,46",
"vivent":"1"
});
