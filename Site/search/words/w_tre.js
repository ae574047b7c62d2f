BRIEFINGS_SEARCH_WORDS("tre",{
"treated":"6v,t",
"trentaine":"7p",
"tres":"l,28",
"treve":"2,2j,j,3,w,1a,1t,e,1,7,1,5,2,1;37,w,33",
"treves":"6"
});
