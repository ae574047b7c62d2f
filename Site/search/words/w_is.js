BRIEFINGS_SEARCH_WORDS("is",{
"is":"46,1,5,1d,j,f,x,1,3,3,1,2,2;46"
});
