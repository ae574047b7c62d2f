BRIEFINGS_SEARCH_WORDS("avo",{
"avoir":"10,u,1g,d,l,i,n,n,1k,4,3,3,2,3;3n,l,i,n,n",
"avons":"7y"
});
