BRIEFINGS_SEARCH_WORDS("viv",{
"vive":"4f,3t;4f",
"vivent":"1"
});
