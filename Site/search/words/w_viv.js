BRIEFINGS_SEARCH_WORDS("viv",{
"vive":"3t,3t;3t",
"vivent":"1"
});
