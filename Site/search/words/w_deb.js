BRIEFINGS_SEARCH_WORDS("deb",{
"debattre":"7g",
"debloquent":"11",
"debut":"1,4,f,2,j,3,d,3,m,8,3,9,d,17,1m,x,b,4,7,2;60,x"
});
