BRIEFINGS_SEARCH_WORDS("dav",{
"davantage":"30,9",
"david":"0,v,2e,3f,k;v"
});
