BRIEFINGS_SEARCH_WORDS("ist",{
"istanbul":"3c,4c;3c"
});
