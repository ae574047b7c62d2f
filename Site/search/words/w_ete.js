BRIEFINGS_SEARCH_WORDS("ete",{
"ete":"9,28,r,1,1,7,7,w,1i,c,w,1,2,7,1,1,3,1,6,2,2,1;3h,7,w,1u,w,1,2"
});
