BRIEFINGS_SEARCH_WORDS("arg",{
"argent":"38",
"argument":"39"
});
