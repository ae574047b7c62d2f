BRIEFINGS_SEARCH_WORDS("wou",{
"would":"3d,r,1,i,11,r,2,6,f,3,4,1,3,6;3d,3p",
"wounded":"4u,2m;4u"
});
