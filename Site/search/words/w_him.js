BRIEFINGS_SEARCH_WORDS("him",{
"him":"79"
});
