BRIEFINGS_SEARCH_WORDS("vie",{
"vie":"1z",
"vienne":"5h,1y;5h",
"viennent":"1"
});
