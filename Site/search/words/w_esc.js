BRIEFINGS_SEARCH_WORDS("esc",{
"escalade":"1,2p,3l,11,b",
"escalation":"1,7a",
"escorter":"46,3f"
});
