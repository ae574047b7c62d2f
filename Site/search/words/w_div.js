BRIEFINGS_SEARCH_WORDS("div",{
"divergences":"3p,4b;3p",
"divergent":"66,1k;66"
});
