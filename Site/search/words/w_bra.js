BRIEFINGS_SEARCH_WORDS("bra",{
"branch":"7v",
"branche":"4,1b,6f"
});
