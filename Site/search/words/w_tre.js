BRIEFINGS_SEARCH_WORDS("tre",{
"treated":"6k,r",
"trentaine":"7c",
"tres":"l,29",
"treve":"2,2k,j,3,q,1b,1k,e,1,7,1,5,2,1;38,q,2v",
"treves":"6"
});
