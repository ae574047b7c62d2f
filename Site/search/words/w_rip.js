BRIEFINGS_SEARCH_WORDS("rip",{
"riposte":"7u;7u",
"riposter":"6c,17;6c"
});
