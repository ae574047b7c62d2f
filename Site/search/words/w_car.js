BRIEFINGS_SEARCH_WORDS("car",{
"cargo":"7m",
"cargos":"3b",
"carriere":"1n,k",
"carrying":"5o,1i,8",
"carte":"39"
});
