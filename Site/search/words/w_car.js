BRIEFINGS_SEARCH_WORDS("car",{
"cargo":"7y",
"cargos":"3a",
"carriere":"1n,j",
"carrying":"5s,1q,8",
"carte":"38"
});
