BRIEFINGS_SEARCH_WORDS("6",{
"6":"1,2x,b,1,1e,b,r,1h,7,3;4z,r"
});
