BRIEFINGS_SEARCH_WORDS("eas",{
"east":"m,4b,2j,5;4x",
"eastern":"5,c,5,19,26,1l,1j,4,8,4;41"
});
