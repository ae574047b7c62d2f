BRIEFINGS_SEARCH_WORDS("cin",{
"cinglante":"7n",
"cinq":"q,31,3o,7;3r"
});
