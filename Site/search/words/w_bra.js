BRIEFINGS_SEARCH_WORDS("bra",{
"branch":"7m",
"branche":"4,1b,66"
});
