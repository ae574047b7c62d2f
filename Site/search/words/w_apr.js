BRIEFINGS_SEARCH_WORDS("apr",{
"apres":"3,f,2,1,c,5,n,1,1,d,b,e,5,y,1,1a,k,e,1o,7,1,3;5r",
"april":"4y,29,j,1,4,8"
});
