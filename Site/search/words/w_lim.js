BRIEFINGS_SEARCH_WORDS("lim",{
"limite":"77",
"limitee":"31"
});
