BRIEFINGS_SEARCH_WORDS("vie",{
"vie":"20",
"vienne":"5l,1u",
"viennent":"1"
});
