BRIEFINGS_SEARCH_WORDS("lim",{
"limite":"7k",
"limitee":"30"
});
