BRIEFINGS_SEARCH_WORDS("val",{
"valeurs":"v,6f,k"
});
