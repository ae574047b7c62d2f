BRIEFINGS_SEARCH_WORDS("dre",{
"dresse":"5g,2c;5g"
});
