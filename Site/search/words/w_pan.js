BRIEFINGS_SEARCH_WORDS("pan",{
"pandemic":"74,4;74",
"pandemie":"g,1v"
});
