BRIEFINGS_SEARCH_WORDS("dre",{
"dresse":"58,27;58"
});
