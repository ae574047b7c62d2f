BRIEFINGS_SEARCH_WORDS("pan",{
"pandemic":"7c,4;7c",
"pandemie":"g,1v"
});
