BRIEFINGS_SEARCH_WORDS("eas",{
"east":"m,4g,2p,5;52",
"eastern":"5,c,5,19,2a,1l,18,f,3,4,8,4;45,1l"
});
