BRIEFINGS_SEARCH_WORDS("sat",{
"sat":"7i",
"satellitaire":"5c,23;5c",
"satellites":"75,1",
"saturday":"3x,t,1p,w,7,4"
});
