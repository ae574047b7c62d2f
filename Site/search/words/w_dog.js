BRIEFINGS_SEARCH_WORDS("dog",{
"dogan":"2g,3o,17;2g"
});
