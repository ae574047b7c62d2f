BRIEFINGS_SEARCH_WORDS("val",{
"valeurs":"v,66,i"
});
