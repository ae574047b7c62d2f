BRIEFINGS_SEARCH_WORDS("cri",{
"criminal":"4t,2o",
"crise":"0,f,i,17,f,i,6,2,2k,i,w,2,3,1;6b",
"crises":"0,1o,o,p,48",
"crisis":"1o,30,t,7,1q;4o,10",
"critique":"3l,1,a,1,3,2,2,2,2,f,i,1,3,2,d,m,e,3,9"
});
