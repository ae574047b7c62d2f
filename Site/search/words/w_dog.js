BRIEFINGS_SEARCH_WORDS("dog",{
"dogan":"2g,3m,1a;2g"
});
