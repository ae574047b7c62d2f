BRIEFINGS_SEARCH_WORDS("liv",{
"living":"4x,2k",
"livraisons":"3b,4a"
});
