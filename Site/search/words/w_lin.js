BRIEFINGS_SEARCH_WORDS("lin",{
"linking":"4t,2o"
});
