BRIEFINGS_SEARCH_WORDS("ex",{
"ex":"1f,6p"
});
