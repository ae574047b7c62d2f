BRIEFINGS_SEARCH_WORDS("doi",{
"doit":"38,1,3y",
"doivent":"2c,4x,7"
});
