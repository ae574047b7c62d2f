BRIEFINGS_SEARCH_WORDS("ist",{
"istanbul":"3b,4f;3b"
});
