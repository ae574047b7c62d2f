BRIEFINGS_SEARCH_WORDS("bru",{
"brussels":"0,5n,23;5n",
"bruxelles":"0,n,2l,20,7,9,f,j,r,6,2,3,1,2,1;58,g,f,j"
});
