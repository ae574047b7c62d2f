BRIEFINGS_SEARCH_WORDS("vie",{
"vie":"20",
"vienne":"66,1u",
"viennent":"1"
});
