BRIEFINGS_SEARCH_WORDS("rip",{
"riposte":"7v;7v",
"riposter":"6c,18;6c"
});
