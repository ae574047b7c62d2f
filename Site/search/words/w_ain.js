BRIEFINGS_SEARCH_WORDS("ain",{
"ain":"1,7r,1",
"ainsi":"0,d,c,2e,t,a,1f,1l,n,1,7,7,1"
});
