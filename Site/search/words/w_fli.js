BRIEFINGS_SEARCH_WORDS("fli",{
"flight":"85",
"flights":"83,4"
});
