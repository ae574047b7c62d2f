BRIEFINGS_SEARCH_WORDS("cin",{
"cinglante":"7n",
"cinq":"q,32,3n,7;3s"
});
