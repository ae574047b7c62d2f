BRIEFINGS_SEARCH_WORDS("bru",{
"brussels":"0,5n,22;5n",
"bruxelles":"0,n,2l,20,f,1,f,j,w,2,3,1,2,1;58,g,f,j"
});
