BRIEFINGS_SEARCH_WORDS("cri",{
"criminal":"4y,2w",
"crise":"0,f,i,16,f,i,6,2,2q,m,10,2,3,1;6k",
"crises":"0,1o,n,p,4m",
"crisis":"1o,34,u,6,1z;4s,10",
"critique":"3l,1,c,2,2,3,2,2,2,2,e,7,c,1,2,3,c,r,h,1,3,9"
});
