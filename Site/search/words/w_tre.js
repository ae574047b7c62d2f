BRIEFINGS_SEARCH_WORDS("tre",{
"treated":"6j,r",
"trentaine":"7b",
"tres":"l,28",
"treve":"2,2j,j,3,q,1a,1l,e,1,7,1,5,2,1;37,q,2v",
"treves":"6"
});
