BRIEFINGS_SEARCH_WORDS("bru",{
"brussels":"0,5i,1y;5i",
"bruxelles":"0,n,2l,1u,g,1,e,g,w,2,3,1,2,1;52,h,e,g"
});
