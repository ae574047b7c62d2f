BRIEFINGS_SEARCH_WORDS("cri",{
"criminal":"4q,2r",
"crise":"0,f,i,16,f,i,6,2,2i,i,z,2,3,1;68",
"crises":"0,1o,n,p,49",
"crisis":"1o,2x,t,6,1u;4l,z",
"critique":"3k,1,a,1,3,2,2,2,2,d,6,c,1,2,3,c,n,h,3,9"
});
