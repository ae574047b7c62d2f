BRIEFINGS_SEARCH_WORDS("fli",{
"flight":"7w",
"flights":"7u,4"
});
