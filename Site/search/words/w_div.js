BRIEFINGS_SEARCH_WORDS("div",{
"divergences":"3p,4a;3p",
"divergent":"65,1k;65"
});
