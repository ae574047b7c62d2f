BRIEFINGS_SEARCH_WORDS("gut",{
"guterres":"g,2b,10,1y,p,h,5,c,4,4,2,2,2,7;g,3b,1y,p,h,5,c"
});
