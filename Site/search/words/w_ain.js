BRIEFINGS_SEARCH_WORDS("ain",{
"ain":"1,7j,1",
"ainsi":"0,d,c,2d,7,b,1l,1t,n,1,7,7,1"
});
