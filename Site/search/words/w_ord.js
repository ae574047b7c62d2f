BRIEFINGS_SEARCH_WORDS("ord",{
"ordered":"5e,2o"
});
