BRIEFINGS_SEARCH_WORDS("cri",{
"criminal":"4s,2o",
"crise":"0,f,i,17,f,i,6,2,2j,i,w,2,3,1;6a",
"crises":"0,1o,o,p,47",
"crisis":"1o,2z,t,7,1q;4n,10",
"critique":"3l,1,a,1,3,2,2,2,2,e,i,1,3,2,d,m,d,3,a"
});
