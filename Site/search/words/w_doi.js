BRIEFINGS_SEARCH_WORDS("doi",{
"doit":"37,1,4a",
"doivent":"2b,59,7"
});
