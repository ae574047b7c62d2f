BRIEFINGS_SEARCH_WORDS("dre",{
"dresse":"5g,2b;5g"
});
