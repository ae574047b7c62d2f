BRIEFINGS_SEARCH_WORDS("vie",{
"vie":"1z",
"vienne":"5k,1x",
"viennent":"1"
});
