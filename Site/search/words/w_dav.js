BRIEFINGS_SEARCH_WORDS("dav",{
"davantage":"2z,9",
"david":"0,v,2d,3h,j;v"
});
