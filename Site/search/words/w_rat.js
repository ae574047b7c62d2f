BRIEFINGS_SEARCH_WORDS("rat",{
"rate":"79",
"rather":"75"
});
