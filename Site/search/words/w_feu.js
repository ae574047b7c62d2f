BRIEFINGS_SEARCH_WORDS("feu",{
"feu":"0,1,a,5,a,a,4,4,7,g,6,i,e,6,4,1,e,x,n,y,1,b,3,o,1,3,9,1,4,1,3,3,4,1;3m,2u,r,1,d,g"
});
