BRIEFINGS_SEARCH_WORDS("div",{
"divergences":"3o,3y;3o",
"divergent":"60,1c;60"
});
