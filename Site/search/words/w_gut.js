BRIEFINGS_SEARCH_WORDS("gut",{
"guterres":"g,2c,1l,1u,l,h,e,4,4,2,2,2,7;g,3x,1u,l,h,e"
});
