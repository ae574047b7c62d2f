BRIEFINGS_SEARCH_WORDS("apr",{
"apres":"3,f,2,1,c,5,n,1,1,c,b,e,5,c,1,1d,2,l,d,1v,7,1,3;4n,2,l",
"april":"4g,2h,i,1,4,8"
});
