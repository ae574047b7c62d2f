BRIEFINGS_SEARCH_WORDS("it",{
"it":"46,2,m,1,3,t,13,1,o,4,1,3,3,1,2,2;48,n,1z,1"
});
