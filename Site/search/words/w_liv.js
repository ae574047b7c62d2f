BRIEFINGS_SEARCH_WORDS("liv",{
"living":"4w,2n",
"livraisons":"3a,4d"
});
