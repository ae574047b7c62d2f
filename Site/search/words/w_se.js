BRIEFINGS_SEARCH_WORDS("se",{
"se":"k,3,3,d,1,b,8,1,5,2,n,q,2,4,b,3,3,n,m,e,5,o,8,1,1,x,1,3,3,1,3,4,1;3e,b,t,15,o,8,1,1,11"
});
