BRIEFINGS_SEARCH_WORDS("bee",{
"been":"3v,2,a,7,1,2,6,f,1p,w,1,3,3,1,2,2;3x,h,1,n,1p"
});
