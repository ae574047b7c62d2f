BRIEFINGS_SEARCH_WORDS("liv",{
"living":"52,2q",
"livraisons":"3a,o,3y;3y"
});
