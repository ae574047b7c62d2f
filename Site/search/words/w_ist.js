BRIEFINGS_SEARCH_WORDS("ist",{
"istanbul":"3c,4o;3c"
});
