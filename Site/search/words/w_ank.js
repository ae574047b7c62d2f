BRIEFINGS_SEARCH_WORDS("ank",{
"ankara":"1,1,g,2,5,b,6,h,1,f,e,8,8,a,1,1,1,a,1,c,h,4,4,d,11,b,2,1,7,1,e,7,2,a,1,1,3,1,4,2,1,1,1,1,1;7v,5"
});
