BRIEFINGS_SEARCH_WORDS("agr",{
"agreed":"3v,1,1,x,2n,2,4,8,4;3w,1,x",
"agreement":"1,4u,4,2v,1",
"agresseur":"5a,2j",
"agressives":"62,5,1j;62"
});
