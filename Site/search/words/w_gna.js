BRIEFINGS_SEARCH_WORDS("gna",{
"gna":"2,3,h,3,1,d,1,7,2,9,8,c,3,6,2,g,i,d,1,6,13,2,1,e,1n,4,5,1,2,3,1,1,1;55"
});
