BRIEFINGS_SEARCH_WORDS("esc",{
"escalade":"1,2o,3v,15,b",
"escalation":"1,7n",
"escorter":"4b,3n"
});
