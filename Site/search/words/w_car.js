BRIEFINGS_SEARCH_WORDS("car",{
"cargo":"87",
"cargos":"3x",
"carriere":"1n,k",
"carrying":"69,1i,8",
"carte":"3v"
});
