BRIEFINGS_SEARCH_WORDS("agr",{
"agreed":"4m,2i,2,4,8,4;4m",
"agreement":"1,4m,4,2q,1",
"agresseur":"52,2e",
"agressives":"5u,5,1e;5u"
});
