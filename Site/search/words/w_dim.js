BRIEFINGS_SEARCH_WORDS("dim",{
"dimanche":"3n,8,5,j,x,19,t,2,6,1,3,2,2,1"
});
