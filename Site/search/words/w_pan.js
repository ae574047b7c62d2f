BRIEFINGS_SEARCH_WORDS("pan",{
"pandemic":"7f,4;7f",
"pandemie":"g,1v"
});
