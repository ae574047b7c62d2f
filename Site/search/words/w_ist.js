BRIEFINGS_SEARCH_WORDS("ist",{
"istanbul":"3c,4p;3c"
});
