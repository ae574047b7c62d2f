BRIEFINGS_SEARCH_WORDS("slo",{
"slovene":"1o",
"slow":"3c,48;3c"
});
