BRIEFINGS_SEARCH_WORDS("apr",{
"apres":"3,f,2,1,c,5,n,1,1,d,b,e,5,c,1,1a,k,e,1o,7,1,3;55",
"april":"4c,29,j,1,4,8"
});
