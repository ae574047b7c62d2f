BRIEFINGS_SEARCH_WORDS("apr",{
"apres":"3,f,2,1,c,5,n,1,1,d,b,e,5,c,1,19,2,k,e,1o,7,1,3;4k,m",
"april":"4c,2b,i,1,4,8"
});
