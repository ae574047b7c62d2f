BRIEFINGS_SEARCH_WORDS("ain",{
"ain":"1,7g,1",
"ainsi":"0,d,c,2d,7,b,1k,1s,m,1,7,7,1"
});
