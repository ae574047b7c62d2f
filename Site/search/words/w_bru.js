BRIEFINGS_SEARCH_WORDS("bru",{
"brussels":"0,3p,2f,1v",
"bruxelles":"0,n,32,6,1e,f,9,1,1,1,4,1,1,d,9,1,3,3,r,2,2,3,1,2,1;3p,1z,h,u"
});
