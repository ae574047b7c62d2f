BRIEFINGS_SEARCH_WORDS("bra",{
"branch":"7w",
"branche":"4,1b,6g"
});
