BRIEFINGS_SEARCH_WORDS("wou",{
"would":"3c,r,1,j,11,t,4,2,i,3,4,1,3,6;3c,3t",
"wounded":"4u,2p;4u"
});
