BRIEFINGS_SEARCH_WORDS("nay",{
"nayrab":"1,2h,q,1p,w,j,2,m,6,4,2,4;4x,23"
});
