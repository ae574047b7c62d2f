BRIEFINGS_SEARCH_WORDS("rip",{
"riposte":"4g,35;4g,35",
"riposter":"7a"
});
