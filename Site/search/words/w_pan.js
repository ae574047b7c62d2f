BRIEFINGS_SEARCH_WORDS("pan",{
"pandemic":"7n,4;7n",
"pandemie":"g,1w"
});
