BRIEFINGS_SEARCH_WORDS("pan",{
"pandemic":"7e,4;7e",
"pandemie":"g,1v"
});
