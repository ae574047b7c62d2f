BRIEFINGS_SEARCH_WORDS("sat",{
"sat":"7h",
"satellitaire":"5b,23;5b",
"satellites":"74,1",
"saturday":"3x,s,1p,w,7,4"
});
