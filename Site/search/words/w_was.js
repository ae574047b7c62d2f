BRIEFINGS_SEARCH_WORDS("was",{
"was":"3z,6,t,j,5,1,10,n,1,3,3,1,2,2;4y,j,5,11",
"washington":"x,4,c,a,6,d,9,3z,y;6e"
});
