BRIEFINGS_SEARCH_WORDS("was",{
"was":"43,6,d,g,j,4,1,17,n,1,3,3,1,2,2;43,j,g,j,4,18",
"washington":"x,4,c,a,6,c,9,47,11"
});
