BRIEFINGS_SEARCH_WORDS("wou",{
"would":"3d,r,1,j,11,r,4,5,e,3,4,1,3,6;3d,3q",
"wounded":"4v,2m;4v"
});
