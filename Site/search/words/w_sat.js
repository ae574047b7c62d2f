BRIEFINGS_SEARCH_WORDS("sat",{
"sat":"7v",
"satellitaire":"5h,2b;5h",
"satellites":"7i,1",
"saturday":"42,t,1t,10,7,4"
});
