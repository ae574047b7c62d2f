BRIEFINGS_SEARCH_WORDS("fli",{
"flight":"7v",
"flights":"7t,4"
});
