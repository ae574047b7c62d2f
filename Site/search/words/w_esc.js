BRIEFINGS_SEARCH_WORDS("esc",{
"escalade":"1,2p,46,11,b",
"escalation":"1,7v",
"escorter":"4s,3e"
});
