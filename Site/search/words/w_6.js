BRIEFINGS_SEARCH_WORDS("6",{
"6":"1,2x,b,1,1d,b,r,1h,7,3;4y,r"
});
