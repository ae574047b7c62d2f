BRIEFINGS_SEARCH_WORDS("deb",{
"debattre":"7f",
"debloquent":"11",
"debut":"1,4,f,2,j,3,d,3,n,8,3,9,d,18,1m,u,b,4,7,2;6w"
});
