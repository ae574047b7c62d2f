BRIEFINGS_SEARCH_WORDS("car",{
"cargo":"7z",
"cargos":"3a",
"carriere":"1n,j",
"carrying":"5s,1r,8",
"carte":"38"
});
