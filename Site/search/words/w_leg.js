BRIEFINGS_SEARCH_WORDS("leg",{
"legale":"38",
"legitime":"r"
});
