BRIEFINGS_SEARCH_WORDS("doi",{
"doit":"3u,1,3x",
"doivent":"2c,5i,7"
});
