BRIEFINGS_SEARCH_WORDS("bra",{
"branch":"85",
"branche":"4,1b,6p"
});
