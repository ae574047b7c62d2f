BRIEFINGS_SEARCH_WORDS("bru",{
"brussels":"0,5n,24;5n",
"bruxelles":"0,n,2l,20,f,1,f,k,x,2,3,1,2,1;58,g,f,k"
});
