BRIEFINGS_SEARCH_WORDS("dre",{
"dresse":"5g,2a;5g"
});
