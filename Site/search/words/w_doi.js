BRIEFINGS_SEARCH_WORDS("doi",{
"doit":"37,1,45,6",
"doivent":"2b,34,26,7"
});
