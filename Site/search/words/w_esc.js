BRIEFINGS_SEARCH_WORDS("esc",{
"escalade":"1,2o,3u,14,b",
"escalation":"1,7l",
"escorter":"48,3o"
});
