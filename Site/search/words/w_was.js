BRIEFINGS_SEARCH_WORDS("was",{
"was":"3z,6,s,j,5,1,z,o,1,3,3,1,2,2;4x,j,5,10",
"washington":"x,4,c,a,6,d,9,3y,y;6d"
});
