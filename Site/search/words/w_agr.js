BRIEFINGS_SEARCH_WORDS("agr",{
"agreed":"3v,1,x,2l,2,4,8,4;3w,x",
"agreement":"1,4t,4,2t,1",
"agresseur":"59,2h",
"agressives":"61,4,1i;61"
});
