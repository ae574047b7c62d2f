BRIEFINGS_SEARCH_WORDS("fli",{
"flight":"7j",
"flights":"7h,4"
});
