BRIEFINGS_SEARCH_WORDS("arg",{
"argent":"39",
"argument":"3a"
});
