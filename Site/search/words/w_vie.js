BRIEFINGS_SEARCH_WORDS("vie",{
"vie":"1z",
"vienne":"5k,1u",
"viennent":"1"
});
