BRIEFINGS_SEARCH_WORDS("doi",{
"doit":"37,1,3y",
"doivent":"2b,4x,7"
});
