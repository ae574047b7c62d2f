BRIEFINGS_SEARCH_WORDS("val",{
"valeurs":"v,68,j"
});
