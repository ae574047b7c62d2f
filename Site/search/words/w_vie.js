BRIEFINGS_SEARCH_WORDS("vie",{
"vie":"1z",
"vienne":"5o,21;5o",
"viennent":"1"
});
