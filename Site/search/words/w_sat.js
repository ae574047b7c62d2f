BRIEFINGS_SEARCH_WORDS("sat",{
"sat":"7t",
"satellitaire":"5h,29;5h",
"satellites":"7g,1",
"saturday":"3z,w,1s,z,7,4"
});
