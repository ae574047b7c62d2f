BRIEFINGS_SEARCH_WORDS("cin",{
"cinglante":"7o",
"cinq":"q,31,3p,7;3r"
});
