BRIEFINGS_SEARCH_WORDS("cin",{
"cinglante":"89",
"cinq":"q,3o,3n,7;4e"
});
