BRIEFINGS_SEARCH_WORDS("apr",{
"apres":"3,f,2,1,c,5,n,1,1,c,b,e,5,c,1,1e,2,l,d,1x,7,1,3;4o,2,l",
"april":"4h,2i,j,1,4,8"
});
