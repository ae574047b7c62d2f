BRIEFINGS_SEARCH_WORDS("pan",{
"pandemic":"7d,4;7d",
"pandemie":"g,1v"
});
