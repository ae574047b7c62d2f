BRIEFINGS_SEARCH_WORDS("leg",{
"legale":"3v",
"legitime":"r"
});
