BRIEFINGS_SEARCH_WORDS("gou",{
"gouvernement":"2,7,2,4,4,1,2,2,1,9,1,2,2,1,2,4,1,1,2,7,1,a,a,9,3,1,2,9,2,1,d,1,5,5,2,7,4,7,17,f,i,17,c,1,5,2,1;1b,2c,7,1i",
"gouvernementales":"2u,1q,1r,1e,3,4",
"gouverneur":"6e,1b"
});
