BRIEFINGS_SEARCH_WORDS("dim",{
"dimanche":"3n,8,2,6,g,x,1a,u,2,6,1,3,2,2,1"
});
