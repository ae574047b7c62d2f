BRIEFINGS_SEARCH_WORDS("val",{
"valeurs":"v,67,i"
});
