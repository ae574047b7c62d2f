BRIEFINGS_SEARCH_WORDS("mrs",{
"mrs":"f,2o"
});
