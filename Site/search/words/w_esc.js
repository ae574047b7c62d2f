BRIEFINGS_SEARCH_WORDS("esc",{
"escalade":"1,2o,3t,14,b",
"escalation":"1,7k",
"escorter":"4a,3l"
});
