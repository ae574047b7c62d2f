BRIEFINGS_SEARCH_WORDS("was",{
"was":"3y,6,r,j,4,1,14,n,1,3,3,1,2,2;4v,j,4,15",
"washington":"x,4,c,a,6,c,9,3x,11"
});
