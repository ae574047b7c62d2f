BRIEFINGS_SEARCH_WORDS("dim",{
"dimanche":"3n,8,7,g,x,19,t,2,6,1,3,2,2,1"
});
