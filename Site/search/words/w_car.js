BRIEFINGS_SEARCH_WORDS("car",{
"cargo":"7x",
"cargos":"3a",
"carriere":"1n,j",
"carrying":"5s,1p,8",
"carte":"38"
});
