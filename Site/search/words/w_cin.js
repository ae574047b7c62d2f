BRIEFINGS_SEARCH_WORDS("cin",{
"cinglante":"7o",
"cinq":"q,32,3o,7;3s"
});
