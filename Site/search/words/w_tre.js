BRIEFINGS_SEARCH_WORDS("tre",{
"treated":"6j,s",
"trentaine":"7c",
"tres":"l,28",
"treve":"2,2j,j,3,q,18,1o,e,1,7,1,5,2,1;37,q,2w",
"treves":"6"
});
