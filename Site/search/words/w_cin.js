BRIEFINGS_SEARCH_WORDS("cin",{
"cinglante":"7q",
"cinq":"q,31,3r,7;3r"
});
