BRIEFINGS_SEARCH_WORDS("sat",{
"sat":"7i",
"satellitaire":"59,26;59",
"satellites":"75,1",
"saturday":"3w,r,1p,z,7,4"
});
