BRIEFINGS_SEARCH_WORDS("nay",{
"nayrab":"1,2h,u,i,1p,w,j,2,m,6,4,2,4;3c,27,23"
});
