BRIEFINGS_SEARCH_WORDS("vie",{
"vie":"20",
"vienne":"5k,1u",
"viennent":"1"
});
