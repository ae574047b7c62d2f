BRIEFINGS_SEARCH_WORDS("gut",{
"guterres":"g,2b,10,1z,q,h,5,d,4,4,2,2,2,7;g,3b,1z,q,h,5,d"
});
