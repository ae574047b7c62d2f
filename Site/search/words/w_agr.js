BRIEFINGS_SEARCH_WORDS("agr",{
"agreed":"4p,2f,2,4,8,4;4p",
"agreement":"1,4p,4,2n,1",
"agresseur":"55,2b",
"agressives":"5x,5,1b;5x"
});
