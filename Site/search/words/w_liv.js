BRIEFINGS_SEARCH_WORDS("liv",{
"living":"4w,2k",
"livraisons":"3b,49"
});
