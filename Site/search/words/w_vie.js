BRIEFINGS_SEARCH_WORDS("vie",{
"vie":"1z",
"vienne":"5p,22;5p",
"viennent":"1"
});
