BRIEFINGS_SEARCH_WORDS("ist",{
"istanbul":"3j,f,4b;3j,f"
});
