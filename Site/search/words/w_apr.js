BRIEFINGS_SEARCH_WORDS("apr",{
"apres":"3,f,2,1,c,5,n,1,1,c,b,e,5,c,1,17,2,k,d,1s,7,1,3;4h,2,k",
"april":"4b,2c,i,1,4,8"
});
