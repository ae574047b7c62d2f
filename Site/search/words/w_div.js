BRIEFINGS_SEARCH_WORDS("div",{
"divergences":"3p,48;3p",
"divergent":"64,1j;64"
});
