BRIEFINGS_SEARCH_WORDS("dre",{
"dresse":"5a,24;5a"
});
