BRIEFINGS_SEARCH_WORDS("doi",{
"doit":"37,1,49",
"doivent":"2b,58,7"
});
