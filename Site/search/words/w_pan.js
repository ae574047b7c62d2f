BRIEFINGS_SEARCH_WORDS("pan",{
"pandemic":"7e,4",
"pandemie":"g,1v"
});
