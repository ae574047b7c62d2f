BRIEFINGS_SEARCH_WORDS("cri",{
"criminal":"4x,2u",
"crise":"0,f,i,16,f,i,6,2,2p,l,z,2,3,1;6i",
"crises":"0,1o,n,p,4j",
"crisis":"1o,33,u,6,1x;4r,10",
"critique":"3l,1,b,2,2,3,2,2,2,2,e,7,c,1,2,3,c,q,h,1,3,8"
});
