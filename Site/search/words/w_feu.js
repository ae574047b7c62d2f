BRIEFINGS_SEARCH_WORDS("feu",{
"feu":"0,1,a,5,a,a,4,4,7,g,7,i,e,6,q,1,d,t,l,y,1,7,3,k,1,4,8,1,4,1,3,3,4,1;48,2k,n,1,d,g"
});
