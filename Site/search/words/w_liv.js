BRIEFINGS_SEARCH_WORDS("liv",{
"living":"52,2s",
"livraisons":"3a,r,3x;41"
});
