BRIEFINGS_SEARCH_WORDS("ist",{
"istanbul":"3b,4c;3b"
});
