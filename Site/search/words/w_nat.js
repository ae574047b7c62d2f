BRIEFINGS_SEARCH_WORDS("nat",{
"national":"2,4,b,a,k,3,u,9,1l,1,1o,h,r,f,3,4,8,4;42,1,25,16",
"nationale":"2,4,b,a,2,1,9,1,7,3,h,b,2,7,2,1,s,1,4,1,e,6,1,1,1,6,8,v,f,a,7,16,a,2,1,5,2,1;h,a,k,24,f,1i,p",
"nations":"g,c,d,3,1,k,b,7,1,f,7,3,2,v,1,v,1,j,g,e,q,h,2,4,4,2,2,3,1,1,1;3y,1,w,j,g,14,h",
"nato":"1q,o"
});
