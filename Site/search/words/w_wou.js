BRIEFINGS_SEARCH_WORDS("wou",{
"would":"3d,w,1,i,r,a,y,4,2,m,4,1,3,6;3d,w,2m",
"wounded":"50,2u;50"
});
