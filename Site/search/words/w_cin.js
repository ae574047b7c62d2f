BRIEFINGS_SEARCH_WORDS("cin",{
"cinglante":"7y",
"cinq":"q,32,3y,7;3s"
});
