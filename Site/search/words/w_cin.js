BRIEFINGS_SEARCH_WORDS("cin",{
"cinglante":"7z",
"cinq":"q,32,3z,7;3s"
});
