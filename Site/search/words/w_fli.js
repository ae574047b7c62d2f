BRIEFINGS_SEARCH_WORDS("fli",{
"flight":"7u",
"flights":"7s,4"
});
