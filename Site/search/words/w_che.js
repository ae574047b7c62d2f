BRIEFINGS_SEARCH_WORDS("che",{
"chef":"3,1,1,a,1,2,1,e,3,2,2,1,4,1,6,3,2,4,1,1,3,1,1,2,1,2,2,2,1,3,9,6,4,9,3,1,a,5,a,1c,1,a,1,v,5,10,1,3,3,1,5,2,1;3f,5,a,1c,1,a,1,v,5",
"cheffe":"1h,n,o,9,1",
"chefs":"3i,2m,1j,b;3i,2m",
"cheikhoun":"1",
"chercher":"3a"
});
