BRIEFINGS_SEARCH_WORDS("pan",{
"pandemic":"72,4;72",
"pandemie":"g,1w"
});
