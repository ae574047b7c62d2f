BRIEFINGS_SEARCH_WORDS("ist",{
"istanbul":"3c,4m;3c"
});
