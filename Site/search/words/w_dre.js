BRIEFINGS_SEARCH_WORDS("dre",{
"dresse":"5b,24"
});
