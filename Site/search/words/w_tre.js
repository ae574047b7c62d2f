BRIEFINGS_SEARCH_WORDS("tre",{
"treated":"6l,s",
"trentaine":"7e",
"tres":"l,28",
"treve":"2,2j,j,3,q,1a,1o,e,1,7,1,5,2,1;37,q,2y",
"treves":"6"
});
