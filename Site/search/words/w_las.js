BRIEFINGS_SEARCH_WORDS("las",{
"last":"4j,6,4,o,2a,4,4,3,3,2;4t,o",
"lasting":"87"
});
