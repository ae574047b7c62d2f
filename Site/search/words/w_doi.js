BRIEFINGS_SEARCH_WORDS("doi",{
"doit":"37,1,4c",
"doivent":"2b,5b,7"
});
