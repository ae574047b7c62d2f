BRIEFINGS_SEARCH_WORDS("eas",{
"east":"m,4h,2q,5;53",
"eastern":"5,c,5,19,25,1r,18,g,3,4,8,4;5r"
});
