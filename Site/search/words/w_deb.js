BRIEFINGS_SEARCH_WORDS("deb",{
"debattre":"81",
"debloquent":"11",
"debut":"1,4,f,2,j,3,d,3,n,8,3,9,z,18,1m,u,b,4,7,2;7i"
});
