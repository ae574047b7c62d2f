BRIEFINGS_SEARCH_WORDS("bru",{
"brussels":"0,5m,22;5m",
"bruxelles":"0,n,2l,1z,f,1,f,j,w,2,3,1,2,1;57,g,f,j"
});
