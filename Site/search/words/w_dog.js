BRIEFINGS_SEARCH_WORDS("dog",{
"dogan":"2g,3w,1a;2g"
});
