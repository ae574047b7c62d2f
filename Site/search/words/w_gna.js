BRIEFINGS_SEARCH_WORDS("gna",{
"gna":"2,3,h,3,1,d,1,7,2,9,8,d,3,6,2,g,i,d,1,6,14,2,2,e,1j,4,5,1,2,3,1,1,1"
});
