BRIEFINGS_SEARCH_WORDS("viv",{
"vive":"3t,46;3t",
"vivent":"1"
});
