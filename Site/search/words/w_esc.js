BRIEFINGS_SEARCH_WORDS("esc",{
"escalade":"1,2p,3k,11,b",
"escalation":"1,79",
"escorter":"46,3e"
});
