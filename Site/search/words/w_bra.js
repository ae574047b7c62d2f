BRIEFINGS_SEARCH_WORDS("bra",{
"branch":"7k",
"branche":"4,1b,64"
});
