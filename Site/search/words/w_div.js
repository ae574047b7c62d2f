BRIEFINGS_SEARCH_WORDS("div",{
"divergences":"4b,3x;4b",
"divergent":"6m,1c;6m"
});
