BRIEFINGS_SEARCH_WORDS("doi",{
"doit":"37,1,45,6;7d",
"doivent":"2b,34,26,7"
});
