BRIEFINGS_SEARCH_WORDS("esc",{
"escalade":"1,2o,3l,14,b",
"escalation":"1,7c",
"escorter":"45,3i"
});
