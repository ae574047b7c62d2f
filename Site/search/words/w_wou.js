BRIEFINGS_SEARCH_WORDS("wou",{
"would":"3d,t,1,l,r,a,x,4,2,l,4,1,3,6;3d,t,2o",
"wounded":"50,2s;50"
});
