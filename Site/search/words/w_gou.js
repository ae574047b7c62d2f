BRIEFINGS_SEARCH_WORDS("gou",{
"gouvernement":"2,7,2,4,4,1,2,2,1,9,1,2,2,1,2,4,1,1,2,7,1,a,b,9,3,1,2,9,2,1,z,5,5,2,7,6,16,2,e,1s,1,5,2,1;1b,2y,7,1c",
"gouvernementales":"2v,27,11,l,19,3,4",
"gouverneur":"6q,17"
});
