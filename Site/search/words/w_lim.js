BRIEFINGS_SEARCH_WORDS("lim",{
"limite":"79",
"limitee":"30"
});
