BRIEFINGS_SEARCH_WORDS("rat",{
"rate":"7n",
"rather":"7j"
});
