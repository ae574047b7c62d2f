BRIEFINGS_SEARCH_WORDS("bru",{
"brussels":"0,5f,1z;5f",
"bruxelles":"0,n,2l,1s,f,1,f,g,w,2,3,1,2,1;50,g,f,g"
});
