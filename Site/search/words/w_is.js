BRIEFINGS_SEARCH_WORDS("is",{
"is":"4o,1,5,1d,r,x,1,3,3,1,2,2;4o"
});
