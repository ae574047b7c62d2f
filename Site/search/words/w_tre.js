BRIEFINGS_SEARCH_WORDS("tre",{
"treated":"73,t",
"trentaine":"7x",
"tres":"l,29",
"treve":"2,2k,j,p,q,1a,1j,f,1,7,1,5,2,1;3u,q,1a,1j",
"treves":"6"
});
