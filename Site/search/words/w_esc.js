BRIEFINGS_SEARCH_WORDS("esc",{
"escalade":"1,2o,3l,11,b",
"escalation":"1,79",
"escorter":"45,3f"
});
