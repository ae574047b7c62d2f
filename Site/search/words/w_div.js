BRIEFINGS_SEARCH_WORDS("div",{
"divergences":"3o,3z;3o",
"divergent":"5y,1f;5y"
});
