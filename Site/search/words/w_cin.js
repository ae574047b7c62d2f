BRIEFINGS_SEARCH_WORDS("cin",{
"cinglante":"80",
"cinq":"q,32,40,7;3s"
});
