BRIEFINGS_SEARCH_WORDS("eas",{
"east":"m,4x,2j,5;5j",
"eastern":"5,c,5,19,2s,1l,1j,4,8,4;4n"
});
