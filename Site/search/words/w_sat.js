BRIEFINGS_SEARCH_WORDS("sat",{
"sat":"7u",
"satellitaire":"5h,2a;5h",
"satellites":"7h,1",
"saturday":"3z,w,1s,10,7,4"
});
