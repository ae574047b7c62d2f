BRIEFINGS_SEARCH_WORDS("che",{
"chef":"3,1,1,a,1,2,1,e,3,2,2,1,4,1,6,3,2,4,1,1,3,1,1,2,1,2,2,2,1,3,9,6,4,9,3,1,a,5,a,1d,1,a,1,w,5,11,1,3,3,1,5,2,1;3f,5,a,1d,1,a,1,w,5",
"cheffe":"1h,n,o,9,1",
"chefs":"3i,2o,1k,b;3i,2o",
"cheikhoun":"1",
"chercher":"3a"
});
