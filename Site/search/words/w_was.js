BRIEFINGS_SEARCH_WORDS("was",{
"was":"44,6,d,g,j,4,1,18,o,1,3,3,1,2,2;44,j,g,j,4,19",
"washington":"x,4,c,a,6,c,9,49,12"
});
