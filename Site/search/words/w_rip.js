BRIEFINGS_SEARCH_WORDS("rip",{
"riposte":"7w;7w",
"riposter":"6d,18;6d"
});
