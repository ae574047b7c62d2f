BRIEFINGS_SEARCH_WORDS("agr",{
"agreed":"4o,2i,2,4,8,4;4o",
"agreement":"1,4o,4,2q,1",
"agresseur":"54,2e",
"agressives":"5w,5,1e;5w"
});
