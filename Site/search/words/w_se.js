BRIEFINGS_SEARCH_WORDS("se",{
"se":"k,3,3,d,1,b,8,1,5,2,o,1c,2,3,b,1,2,3,k,k,e,6,s,1,1,u,1,3,3,1,3,4,1;40,b,6,1o,s,1,1,y"
});
