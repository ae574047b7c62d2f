BRIEFINGS_SEARCH_WORDS("eva",{
"evacuait":"3w",
"evacuer":"3w",
"evacues":"3w"
});
