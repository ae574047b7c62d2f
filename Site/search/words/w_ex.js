BRIEFINGS_SEARCH_WORDS("ex",{
"ex":"1f,63"
});
