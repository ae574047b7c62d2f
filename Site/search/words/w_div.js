BRIEFINGS_SEARCH_WORDS("div",{
"divergences":"3p,3x;3p",
"divergent":"60,1c;60"
});
