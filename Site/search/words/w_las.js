BRIEFINGS_SEARCH_WORDS("las",{
"last":"3x,6,4,o,2a,4,4,3,3,2;47,o",
"lasting":"7l"
});
