BRIEFINGS_SEARCH_WORDS("doi",{
"doit":"37,1,41",
"doivent":"2b,50,7"
});
