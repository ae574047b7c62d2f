BRIEFINGS_SEARCH_WORDS("vie",{
"vie":"1z",
"vienne":"5p,23;5p",
"viennent":"1"
});
