BRIEFINGS_SEARCH_WORDS("val",{
"valeurs":"v,5t,k"
});
