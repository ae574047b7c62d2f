BRIEFINGS_SEARCH_WORDS("tre",{
"treated":"6t,s",
"trentaine":"7m",
"tres":"l,28",
"treve":"2,2j,j,3,v,1a,1s,d,1,7,1,5,2,1;37,v,32",
"treves":"6"
});
