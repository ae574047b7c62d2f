BRIEFINGS_SEARCH_WORDS("nat",{
"national":"2,4,b,a,k,3,u,9,1n,1,1l,h,r,f,3,4,8,4;44,1,22,16",
"nationale":"2,4,b,a,2,1,9,1,7,3,h,b,2,7,2,1,s,1,4,1,e,3,5,1,1,1,b,v,f,a,7,16,a,2,1,5,2,1;h,a,k,24,f,1h,p",
"nations":"g,c,d,3,1,k,b,7,1,f,7,3,2,x,1,s,1,j,g,e,q,h,2,4,4,2,2,3,1,1,1;40,1,t,j,g,14,h",
"nato":"1q,o"
});
