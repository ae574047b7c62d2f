BRIEFINGS_SEARCH_WORDS("ms",{
"ms":"f,12,c,c,o,9,1,4"
});
