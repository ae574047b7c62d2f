BRIEFINGS_SEARCH_WORDS("sat",{
"sat":"83",
"satellitaire":"5x,23;5x",
"satellites":"7q,1",
"saturday":"4j,s,1p,w,7,4"
});
