BRIEFINGS_SEARCH_WORDS("dim",{
"dimanche":"3n,8,5,j,w,1,19,u,2,6,1,3,2,2,1"
});
