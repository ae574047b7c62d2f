BRIEFINGS_SEARCH_WORDS("ain",{
"ain":"1,75,1",
"ainsi":"0,d,c,2e,7,a,1f,1l,n,1,7,7,1"
});
