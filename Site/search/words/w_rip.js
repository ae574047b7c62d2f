BRIEFINGS_SEARCH_WORDS("rip",{
"riposte":"4g,32;4g,32",
"riposter":"77"
});
