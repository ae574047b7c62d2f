BRIEFINGS_SEARCH_WORDS("car",{
"cargo":"7l",
"cargos":"3a",
"carriere":"1n,j",
"carrying":"5n,1i,8",
"carte":"38"
});
