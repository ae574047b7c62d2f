BRIEFINGS_SEARCH_WORDS("pan",{
"pandemic":"71,4;71",
"pandemie":"g,1w"
});
