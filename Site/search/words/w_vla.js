BRIEFINGS_SEARCH_WORDS("vla",{
"vladimir":"0,f,e,3,4,24,3,1,1,3,e,27,4,1,2,1,1,1,8,6,3,1,i,1,1,c,3,1,1,9,1,1;34,8,e,2c,5,e,3,j,1,i",
"vladimirovitch":"34"
});
