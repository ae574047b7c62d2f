BRIEFINGS_SEARCH_WORDS("ist",{
"istanbul":"3b,4d;3b"
});
