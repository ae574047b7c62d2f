BRIEFINGS_SEARCH_WORDS("slo",{
"slovene":"1o",
"slow":"3c,4a;3c"
});
