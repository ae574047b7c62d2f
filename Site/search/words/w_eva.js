BRIEFINGS_SEARCH_WORDS("eva",{
"evacuait":"3a",
"evacuer":"3a",
"evacues":"3a"
});
