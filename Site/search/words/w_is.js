BRIEFINGS_SEARCH_WORDS("is",{
"is":"44,1,7,1e,j,f,x,1,3,3,1,2,2;44"
});
