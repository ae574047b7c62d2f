BRIEFINGS_SEARCH_WORDS("agr",{
"agreed":"3v,1,y,2m,2,4,8,4",
"agreement":"1,4m,7,1,4,18,j,q,d,1;4n,7,1d,j,q",
"agresseur":"5a,2i",
"agressives":"62,4,1j"
});
