BRIEFINGS_SEARCH_WORDS("lim",{
"limite":"7h",
"limitee":"30"
});
