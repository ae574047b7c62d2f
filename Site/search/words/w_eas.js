BRIEFINGS_SEARCH_WORDS("eas",{
"east":"m,4b,2j,5;4x",
"eastern":"5,c,5,19,25,1m,1j,4,8,4;40"
});
