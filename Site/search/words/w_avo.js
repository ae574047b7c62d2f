BRIEFINGS_SEARCH_WORDS("avo",{
"avoir":"10,u,1g,c,j,g,m,n,1e,4,3,3,2,3;3m,28",
"avons":"7m"
});
