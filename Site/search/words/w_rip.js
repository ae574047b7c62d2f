BRIEFINGS_SEARCH_WORDS("rip",{
"riposte":"7t;7t",
"riposter":"6b,17;6b"
});
