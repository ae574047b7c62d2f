BRIEFINGS_SEARCH_WORDS("is",{
"is":"47,1,5,1d,k,f,y,1,3,3,1,2,2;47"
});
