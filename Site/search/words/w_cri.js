BRIEFINGS_SEARCH_WORDS("cri",{
"criminal":"5e,2o",
"crise":"0,f,i,17,f,i,6,o,2j,i,w,2,3,1;6w",
"crises":"0,1o,o,p,4t",
"crisis":"1o,3l,t,7,1q;59,10",
"critique":"47,1,a,1,3,2,2,2,2,e,i,1,3,2,d,m,d,3,a"
});
