BRIEFINGS_SEARCH_WORDS("avo",{
"avoir":"10,u,1g,d,n,f,n,n,1k,4,3,3,2,3;3n,n,f,n,n",
"avons":"7x"
});
