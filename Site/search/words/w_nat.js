BRIEFINGS_SEARCH_WORDS("nat",{
"national":"2,4,b,a,k,3,u,9,1o,1,1l,i,r,g,3,4,8,4;45,1,23,17",
"nationale":"2,4,b,a,2,1,9,1,7,3,h,b,2,7,2,1,s,1,4,1,e,4,5,1,1,1,b,v,f,a,8,17,a,2,1,5,2,1;h,a,k,24,f,1i,p",
"nations":"g,c,d,3,1,k,b,7,1,f,7,3,2,y,1,s,1,j,g,f,q,i,2,4,4,2,2,3,1,1,1;41,1,t,j,g,15,i",
"nato":"1q,o"
});
