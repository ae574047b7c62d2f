BRIEFINGS_SEARCH_WORDS("dog",{
"dogan":"2g,3x,1a;2g"
});
