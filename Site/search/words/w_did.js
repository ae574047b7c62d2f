BRIEFINGS_SEARCH_WORDS("did",{
"did":"44,3q,4;44"
});
