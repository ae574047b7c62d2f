BRIEFINGS_SEARCH_WORDS("slo",{
"slovene":"1o",
"slow":"3z,46;3z"
});
