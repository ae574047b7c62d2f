BRIEFINGS_SEARCH_WORDS("slo",{
"slovene":"1o",
"slow":"3d,46;3d"
});
