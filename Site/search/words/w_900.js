BRIEFINGS_SEARCH_WORDS("900",{
"900":"2a,o,b,2d,1s,1;5m,1s"
});
