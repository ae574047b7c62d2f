BRIEFINGS_SEARCH_WORDS("fli",{
"flight":"7x",
"flights":"7v,4"
});
