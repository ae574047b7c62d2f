BRIEFINGS_SEARCH_WORDS("by",{
"by":"3v,c,6,h,s,4,6,10,4,j,4,1,3,3,1,2,2;47,1f,4,16,4"
});
