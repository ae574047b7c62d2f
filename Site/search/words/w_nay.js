BRIEFINGS_SEARCH_WORDS("nay",{
"nayrab":"1,2g,q,1w,w,p,1,2,n,6,4,2,4;53,2b"
});
