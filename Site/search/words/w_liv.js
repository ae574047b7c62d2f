BRIEFINGS_SEARCH_WORDS("liv",{
"living":"52,2r",
"livraisons":"3a,o,3z;3y"
});
