BRIEFINGS_SEARCH_WORDS("wou",{
"would":"3d,v,1,i,r,a,x,4,2,l,4,1,3,6;3d,v,2l",
"wounded":"4z,2s;4z"
});
