BRIEFINGS_SEARCH_WORDS("slo",{
"slovene":"1o",
"slow":"3c,47;3c"
});
