BRIEFINGS_SEARCH_WORDS("liv",{
"living":"51,2q",
"livraisons":"3a,q,3v;40"
});
