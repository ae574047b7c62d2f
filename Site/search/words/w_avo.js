BRIEFINGS_SEARCH_WORDS("avo",{
"avoir":"10,u,1h,c,j,g,n,m,1e,4,3,3,2,3;3n,28",
"avons":"7n"
});
