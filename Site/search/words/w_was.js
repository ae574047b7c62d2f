BRIEFINGS_SEARCH_WORDS("was",{
"was":"41,6,g,g,j,4,1,17,n,1,3,3,1,2,2;41,m,g,j,4,18",
"washington":"x,4,c,a,6,c,9,48,11"
});
