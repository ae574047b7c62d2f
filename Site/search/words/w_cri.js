BRIEFINGS_SEARCH_WORDS("cri",{
"criminal":"4y,2v",
"crise":"0,f,i,16,f,i,6,2,2q,l,u,6,2,3,1",
"crises":"0,1o,n,p,4l",
"crisis":"1o,34,u,6,1y",
"criticism":"3z,3,1,3,6,m,u,17;3z,3,1,3,6,m,u,17",
"critique":"3l,1,b,2,3,1,3,2,1,3,2,d,7,c,1,2,3,c,q,h,1,3,8;3l,1,b,b,1,5,d,j,1,2,3,12,i,3,8"
});
