BRIEFINGS_SEARCH_WORDS("him",{
"him":"7v"
});
