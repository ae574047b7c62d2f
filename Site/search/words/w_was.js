BRIEFINGS_SEARCH_WORDS("was",{
"was":"4l,6,s,j,5,1,z,o,1,3,3,1,2,2;5j,j,5,10",
"washington":"x,4,c,a,6,d,9,4k,y;6z"
});
