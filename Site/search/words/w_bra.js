BRIEFINGS_SEARCH_WORDS("bra",{
"branch":"7j",
"branche":"4,1b,63"
});
