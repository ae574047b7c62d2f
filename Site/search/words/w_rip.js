BRIEFINGS_SEARCH_WORDS("rip",{
"riposte":"53,31;53,31",
"riposter":"7t"
});
