BRIEFINGS_SEARCH_WORDS("arg",{
"argent":"3v",
"argument":"3w"
});
