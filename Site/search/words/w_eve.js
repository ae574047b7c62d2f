BRIEFINGS_SEARCH_WORDS("eve",{
"eve":"7o",
"even":"5q,1q",
"eventuelle":"37",
"every":"44,3i"
});
