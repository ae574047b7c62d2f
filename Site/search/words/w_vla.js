BRIEFINGS_SEARCH_WORDS("vla",{
"vladimir":"0,f,e,3,4,25,p,1,1,2,e,21,4,1,2,1,1,1,4,6,3,f,1,1,c,3,1,1,9,1,1;35,t,e,26,5,a,3,f,1,i",
"vladimirovitch":"35"
});
