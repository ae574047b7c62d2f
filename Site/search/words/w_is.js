BRIEFINGS_SEARCH_WORDS("is",{
"is":"42,1,5,1d,r,x,1,3,3,1,2,2;42"
});
