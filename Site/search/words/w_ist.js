BRIEFINGS_SEARCH_WORDS("ist",{
"istanbul":"3c,4b;3c"
});
