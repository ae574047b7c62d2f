BRIEFINGS_SEARCH_WORDS("che",{
"chef":"3,1,1,a,1,2,1,e,3,2,2,1,4,1,6,3,2,4,1,1,3,1,1,2,2,2,2,2,1,3,9,6,4,9,3,1,9,5,a,17,1,a,1,s,5,x,1,3,3,1,5,2,1;3f,f,17,1,a,1,s",
"cheffe":"1h,o,o,9,1",
"chefs":"3i,2i,1c,b;3i,2i",
"cheikhoun":"1",
"chercher":"3b"
});
