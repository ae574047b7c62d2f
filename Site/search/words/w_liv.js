BRIEFINGS_SEARCH_WORDS("liv",{
"living":"5i,2k",
"livraisons":"3x,49"
});
