BRIEFINGS_SEARCH_WORDS("leg",{
"legale":"39",
"legitime":"r"
});
