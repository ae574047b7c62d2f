BRIEFINGS_SEARCH_WORDS("wou",{
"would":"3c,r,1,h,10,u,4,2,i,3,4,1,3,6;3c,3r",
"wounded":"4s,2p;4s"
});
