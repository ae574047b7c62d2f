BRIEFINGS_SEARCH_WORDS("lim",{
"limite":"7s",
"limitee":"31"
});
