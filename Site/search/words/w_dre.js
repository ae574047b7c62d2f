BRIEFINGS_SEARCH_WORDS("dre",{
"dresse":"5w,24;5w"
});
