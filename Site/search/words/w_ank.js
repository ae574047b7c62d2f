BRIEFINGS_SEARCH_WORDS("ank",{
"ankara":"1,1,g,2,5,b,6,h,1,f,e,8,8,a,1,1,1,a,1,f,m,d,11,c,2,1,7,1,e,8,2,9,1,1,3,1,4,2,1,1,1,1,1;40,m,d,11,c,2,9,e,a,l,5"
});
