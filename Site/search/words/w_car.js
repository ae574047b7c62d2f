BRIEFINGS_SEARCH_WORDS("car",{
"cargo":"7m",
"cargos":"3a",
"carriere":"1n,j",
"carrying":"5k,1m,8",
"carte":"38"
});
