BRIEFINGS_SEARCH_WORDS("car",{
"cargo":"7w",
"cargos":"3a",
"carriere":"1n,j",
"carrying":"5r,1p,8",
"carte":"38"
});
