BRIEFINGS_SEARCH_WORDS("is",{
"is":"43,2,7,1e,j,f,y,1,3,3,1,2,2;43"
});
