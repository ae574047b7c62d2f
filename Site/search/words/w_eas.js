BRIEFINGS_SEARCH_WORDS("eas",{
"east":"m,4h,2r,5;53",
"eastern":"5,c,5,19,2b,1l,19,g,3,4,8,4;46,1l"
});
