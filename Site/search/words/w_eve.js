BRIEFINGS_SEARCH_WORDS("eve",{
"eve":"7w",
"even":"5v,1t",
"eventuelle":"37",
"every":"49,3l"
});
