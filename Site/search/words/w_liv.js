BRIEFINGS_SEARCH_WORDS("liv",{
"living":"4u,2n",
"livraisons":"3a,4b"
});
