BRIEFINGS_SEARCH_WORDS("rip",{
"riposte":"7j;7j",
"riposter":"78"
});
