BRIEFINGS_SEARCH_WORDS("ord",{
"ordered":"4t,2o"
});
