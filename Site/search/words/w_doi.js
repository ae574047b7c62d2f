BRIEFINGS_SEARCH_WORDS("doi",{
"doit":"37,1,3z",
"doivent":"2b,4y,7"
});
