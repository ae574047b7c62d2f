BRIEFINGS_SEARCH_WORDS("bra",{
"branch":"7u",
"branche":"4,1b,6e"
});
