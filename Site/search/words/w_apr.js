BRIEFINGS_SEARCH_WORDS("apr",{
"apres":"3,f,2,1,c,5,n,1,1,c,b,e,5,c,1,19,2,k,e,1o,7,1,3;4j,m",
"april":"4b,2b,i,1,4,8"
});
