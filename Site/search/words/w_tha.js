BRIEFINGS_SEARCH_WORDS("tha",{
"than":"4b,1l,c,1a,4,1,3,6",
"that":"3d,i,4,2,4,1,1,6,a,5,5,1,l,7,1,2,e,2,e,3,1,2,1,2,2,k,4,1,3,3,1,2,2"
});
