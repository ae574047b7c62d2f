BRIEFINGS_SEARCH_WORDS("avo",{
"avoir":"10,u,1h,c,j,f,n,m,1e,4,3,3,2,3;3n,1l,m",
"avons":"7m"
});
