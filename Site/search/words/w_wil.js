BRIEFINGS_SEARCH_WORDS("wil",{
"will":"75,1,c;75",
"williams":"2c,g,i,1y,1y,4,5;2s,2g"
});
