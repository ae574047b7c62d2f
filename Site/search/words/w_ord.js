BRIEFINGS_SEARCH_WORDS("ord",{
"ordered":"4s,2o"
});
