BRIEFINGS_SEARCH_WORDS("lim",{
"limite":"76",
"limitee":"31"
});
