BRIEFINGS_SEARCH_WORDS("fli",{
"flight":"7m",
"flights":"7k,4"
});
