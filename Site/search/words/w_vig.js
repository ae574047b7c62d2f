BRIEFINGS_SEARCH_WORDS("vig",{
"vigueur":"3x,14,1s,1,c,1,7,1,5,2;3x"
});
