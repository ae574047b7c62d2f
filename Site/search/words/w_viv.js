BRIEFINGS_SEARCH_WORDS("viv",{
"vive":"3t,45;3t",
"vivent":"1"
});
