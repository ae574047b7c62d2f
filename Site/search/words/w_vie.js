BRIEFINGS_SEARCH_WORDS("vie",{
"vie":"1z",
"vienne":"5p,21;5p",
"viennent":"1"
});
