BRIEFINGS_SEARCH_WORDS("agr",{
"agreed":"4o,2f,2,4,8,4;4o",
"agreement":"1,4o,4,2n,1",
"agresseur":"54,2b",
"agressives":"5w,5,1b;5w"
});
