BRIEFINGS_SEARCH_WORDS("viv",{
"vive":"3t,44;3t",
"vivent":"1"
});
