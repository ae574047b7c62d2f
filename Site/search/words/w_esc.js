BRIEFINGS_SEARCH_WORDS("esc",{
"escalade":"1,2o,3u,15,b",
"escalation":"1,7m",
"escorter":"48,3p"
});
