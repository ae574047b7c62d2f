BRIEFINGS_SEARCH_WORDS("div",{
"divergences":"3p,49;3p",
"divergent":"65,1j;65"
});
