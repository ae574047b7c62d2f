BRIEFINGS_SEARCH_WORDS("wou",{
"would":"3c,r,1,j,11,r,4,5,e,3,4,1,3,6;3c,3q",
"wounded":"4u,2m;4u"
});
