BRIEFINGS_SEARCH_WORDS("eas",{
"east":"m,49,2m,5;4v",
"eastern":"5,c,5,19,25,1j,1n,4,8,4;40,1j"
});
