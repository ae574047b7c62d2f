BRIEFINGS_SEARCH_WORDS("wou",{
"would":"3d,t,1,l,r,a,x,4,2,m,4,1,3,6;3d,t,2o",
"wounded":"50,2t;50"
});
