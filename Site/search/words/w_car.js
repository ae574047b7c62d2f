BRIEFINGS_SEARCH_WORDS("car",{
"cargo":"7l",
"cargos":"3b",
"carriere":"1n,k",
"carrying":"5n,1i,8",
"carte":"39"
});
