BRIEFINGS_SEARCH_WORDS("se",{
"se":"k,3,3,d,1,b,8,1,5,2,n,q,2,4,b,3,3,2,m,m,e,5,p,8,1,1,y,1,3,3,1,3,4,1;3e,b,u,15,p,8,1,1,12"
});
