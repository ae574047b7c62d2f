BRIEFINGS_SEARCH_WORDS("by",{
"by":"3v,9,8,i,s,4,6,z,4,i,4,1,3,3,1,2,2;44,1i,4,15,4"
});
