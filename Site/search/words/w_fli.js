BRIEFINGS_SEARCH_WORDS("fli",{
"flight":"7k",
"flights":"7i,4"
});
