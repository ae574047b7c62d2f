BRIEFINGS_SEARCH_WORDS("cri",{
"criminal":"4s,2o",
"crise":"0,f,i,16,f,i,6,2,2k,i,w,2,3,1;6a",
"crises":"0,1o,n,p,48",
"crisis":"1o,2z,t,7,1q;4n,10",
"critique":"3k,1,a,1,3,2,2,2,2,f,i,1,2,3,d,m,e,3,9"
});
