BRIEFINGS_SEARCH_WORDS("eva",{
"evacuait":"39",
"evacuer":"39",
"evacues":"39"
});
