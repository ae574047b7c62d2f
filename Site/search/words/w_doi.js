BRIEFINGS_SEARCH_WORDS("doi",{
"doit":"38,1,3x",
"doivent":"2c,4w,7"
});
