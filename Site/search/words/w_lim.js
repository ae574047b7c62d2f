BRIEFINGS_SEARCH_WORDS("lim",{
"limite":"7j",
"limitee":"30"
});
