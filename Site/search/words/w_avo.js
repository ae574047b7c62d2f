BRIEFINGS_SEARCH_WORDS("avo",{
"avoir":"10,u,1g,d,o,f,n,n,1m,4,3,3,2,3;3n,o,f,n,n",
"avons":"80"
});
