BRIEFINGS_SEARCH_WORDS("eas",{
"east":"m,4h,2p,5;53",
"eastern":"5,c,5,19,28,1o,18,f,3,4,8,4;43,1o"
});
