BRIEFINGS_SEARCH_WORDS("avo",{
"avoir":"10,u,23,c,j,f,n,m,1e,4,3,3,2,3;49,1l,m",
"avons":"88"
});
