BRIEFINGS_SEARCH_WORDS("6",{
"6":"1,2w,b,1,1j,c,r,1p,7,3;54,r"
});
