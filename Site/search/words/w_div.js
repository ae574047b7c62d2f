BRIEFINGS_SEARCH_WORDS("div",{
"divergences":"3p,4a",
"divergent":"65,1k"
});
