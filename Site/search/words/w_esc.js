BRIEFINGS_SEARCH_WORDS("esc",{
"escalade":"1,2o,3j,14,b",
"escalation":"1,7a",
"escorter":"45,3g"
});
