BRIEFINGS_SEARCH_WORDS("agr",{
"agreed":"3v,1,y,2l,2,4,8,4;3w,y",
"agreement":"1,4u,4,2t,1",
"agresseur":"5a,2h",
"agressives":"62,4,1i;62"
});
