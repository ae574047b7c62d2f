BRIEFINGS_SEARCH_WORDS("eve",{
"eve":"7m",
"even":"5o,1q",
"eventuelle":"37",
"every":"44,3g"
});
