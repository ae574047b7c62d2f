BRIEFINGS_SEARCH_WORDS("tre",{
"treated":"6h,t",
"trentaine":"7b",
"tres":"l,29",
"treve":"2,2k,j,3,q,1a,1j,f,1,7,1,5,2,1;38,q,1a,1j",
"treves":"6"
});
