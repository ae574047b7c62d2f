BRIEFINGS_SEARCH_WORDS("dav",{
"davantage":"30,v",
"david":"0,v,30,3f,k;v"
});
