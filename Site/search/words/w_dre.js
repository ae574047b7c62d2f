BRIEFINGS_SEARCH_WORDS("dre",{
"dresse":"5f,2a;5f"
});
