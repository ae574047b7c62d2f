BRIEFINGS_SEARCH_WORDS("gut",{
"guterres":"g,2c,z,1v,l,i,d,4,4,2,2,2,7;g,3b,1v,l,i,d"
});
