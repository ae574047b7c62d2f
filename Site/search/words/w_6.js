BRIEFINGS_SEARCH_WORDS("6",{
"6":"1,2x,x,1,1d,b,r,1h,7,3;5k,r"
});
