BRIEFINGS_SEARCH_WORDS("gut",{
"guterres":"g,2b,z,1v,l,i,d,4,4,2,2,2,7;g,3a,1v,l,i,d"
});
