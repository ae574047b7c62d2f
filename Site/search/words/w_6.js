BRIEFINGS_SEARCH_WORDS("6",{
"6":"1,2w,b,1,1i,c,r,1n,7,3;53,r"
});
