BRIEFINGS_SEARCH_WORDS("div",{
"divergences":"3p,3y;3p",
"divergent":"61,1c;61"
});
