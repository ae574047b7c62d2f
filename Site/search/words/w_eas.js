BRIEFINGS_SEARCH_WORDS("eas",{
"east":"m,4b,2m,5;4x",
"eastern":"5,c,5,19,25,1m,1m,4,8,4;40"
});
