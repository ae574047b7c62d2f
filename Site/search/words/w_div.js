BRIEFINGS_SEARCH_WORDS("div",{
"divergences":"3o,41;3o",
"divergent":"60,1f;60"
});
