BRIEFINGS_SEARCH_WORDS("dog",{
"dogan":"2g,3x,1b;2g"
});
