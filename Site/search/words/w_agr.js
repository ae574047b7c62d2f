BRIEFINGS_SEARCH_WORDS("agr",{
"agreed":"5a,2f,2,4,8,4;5a",
"agreement":"1,5a,4,2n,1",
"agresseur":"5q,2b",
"agressives":"6i,5,1b;6i"
});
