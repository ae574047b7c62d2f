BRIEFINGS_SEARCH_WORDS("dog",{
"dogan":"2g,3y,1b;2g"
});
