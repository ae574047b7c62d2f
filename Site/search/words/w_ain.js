BRIEFINGS_SEARCH_WORDS("ain",{
"ain":"1,78,1",
"ainsi":"0,d,c,2d,7,a,1g,1p,m,1,7,7,1"
});
