BRIEFINGS_SEARCH_WORDS("ist",{
"istanbul":"3c,4n;3c"
});
