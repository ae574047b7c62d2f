BRIEFINGS_SEARCH_WORDS("cin",{
"cinglante":"81",
"cinq":"q,32,41,7;3s"
});
