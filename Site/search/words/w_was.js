BRIEFINGS_SEARCH_WORDS("was",{
"was":"3y,6,t,j,5,1,13,n,1,3,3,1,2,2;4x,j,5,14",
"washington":"x,4,c,a,6,c,9,3z,11;6d"
});
