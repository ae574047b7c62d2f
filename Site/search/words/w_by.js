BRIEFINGS_SEARCH_WORDS("by",{
"by":"3v,8,9,i,s,4,6,z,4,j,4,1,3,3,1,2,2;43,1j,4,15,4"
});
