BRIEFINGS_SEARCH_WORDS("eas",{
"east":"m,4c,2j,5;4y",
"eastern":"5,c,5,19,26,1m,1j,4,8,4;41"
});
