BRIEFINGS_SEARCH_WORDS("sat",{
"sat":"7k",
"satellitaire":"5b,26;5b",
"satellites":"77,1",
"saturday":"3w,t,1p,z,7,4"
});
