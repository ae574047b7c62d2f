BRIEFINGS_SEARCH_WORDS("car",{
"cargo":"7o",
"cargos":"3a",
"carriere":"1n,j",
"carrying":"5n,1l,8",
"carte":"38"
});
