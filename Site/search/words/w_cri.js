BRIEFINGS_SEARCH_WORDS("cri",{
"criminal":"4y,2u",
"crise":"0,f,i,16,f,i,6,2,2q,l,z,2,3,1;6j",
"crises":"0,1o,n,p,4k",
"crisis":"1o,34,u,6,1x;4s,10",
"critique":"3l,1,b,2,3,2,2,2,1,3,2,d,7,c,1,2,3,c,q,h,1,3,8"
});
