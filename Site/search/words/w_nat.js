BRIEFINGS_SEARCH_WORDS("nat",{
"national":"2,4,b,a,k,3,v,9,24,1,1l,1j,4,8,4;4m,1",
"nationale":"2,4,b,a,2,1,9,1,7,3,h,c,2,7,2,1,1e,4,1,e,4,1,1,1,b,u,2,e,9,1h,2,1,5,2,1;h,a,k,2q,f,1c,p",
"nations":"g,c,d,3,1,2,i,6,6,7,1,f,7,3,2,1f,r,1,i,a,14,i,2,4,4,2,2,3,1,1,1;4j,s,i,1e",
"nato":"1q,p"
});
