BRIEFINGS_SEARCH_WORDS("lim",{
"limite":"7i",
"limitee":"30"
});
